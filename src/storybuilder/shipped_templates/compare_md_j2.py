# key: c4acc31a9f66515fa64af6d453f4b66618fc09aa052b1f3790d425fbc48e64de
# Made by python -m storybuilder.shipped_templates from templates/compare.md.j2.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'compare.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_doc = resolve('doc')
    try:
        t_1 = environment.filters['_sb_loop']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named '_sb_loop' found.")
    try:
        t_2 = environment.filters['_sb_output']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named '_sb_output' found.")
    try:
        t_3 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_4 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield str(t_2(context, '# Comparison of training stories\n\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows'):
        pass
        yield str(t_2(context, t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows'))))
        yield str(t_2(context, ' '))
        yield str(t_2(context, ('story' if (t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows')) == 1) else 'stories')))
        yield str(t_2(context, ' compared'))
        yield str(t_2(context, (environment.call_binop(context, '%', '; %d could not be read (listed at the end)', t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failures'))) if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failures') else '')))
        yield str(t_2(context, '.\nVerdicts are blank for projects that are not proposals for advanced AI, to which the\nfour evaluation criteria do not apply. Open problems are those still open out of all\nthat were detected or written, including those addressed or accepted.\n\n| # | Story | Goal classes | Rationale classes |'))
        for l_1_crit in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'criteria')):
            _loop_vars = {}
            pass
            yield str(t_2(context, ' '))
            yield str(t_2(context, t_3(environment.getattr(l_1_crit, 'name'))))
            yield str(t_2(context, ' |'))
        l_1_crit = missing
        yield str(t_2(context, ' Open problems |\n| --- | --- | --- | --- |'))
        for l_1_crit in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'criteria')):
            _loop_vars = {}
            pass
            yield str(t_2(context, ' --- |'))
        l_1_crit = missing
        yield str(t_2(context, ' --- |\n'))
        for l_1_row in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '| '))
            yield str(t_2(context, environment.getattr(l_1_row, 'number')))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_3(environment.getattr(l_1_row, 'title'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_3(t_5(context.eval_ctx, environment.getattr(l_1_row, 'goal_classes'), ', '))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_3(t_5(context.eval_ctx, environment.getattr(l_1_row, 'rationale_classes'), ', '))))
            yield str(t_2(context, ' |'))
            for l_2_verdict in t_1(context, environment.getattr(l_1_row, 'verdicts')):
                _loop_vars = {}
                pass
                yield str(t_2(context, ' '))
                yield str(t_2(context, t_3(l_2_verdict)))
                yield str(t_2(context, ' |'))
            l_2_verdict = missing
            yield str(t_2(context, ' '))
            yield str(t_2(context, environment.getattr(l_1_row, 'open_cell')))
            yield str(t_2(context, ' |\n'))
        l_1_row = missing
        yield str(t_2(context, '\n## Open problems by story\n'))
        for l_1_row in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '\n### '))
            yield str(t_2(context, environment.getattr(l_1_row, 'number')))
            yield str(t_2(context, '. '))
            yield str(t_2(context, t_4(environment.getattr(l_1_row, 'title'))))
            yield str(t_2(context, '\n\n'))
            yield str(t_2(context, environment.getattr(l_1_row, 'file_code')))
            yield str(t_2(context, ': '))
            yield str(t_2(context, environment.getattr(l_1_row, 'summary')))
            yield str(t_2(context, '\n'))
            if environment.getattr(l_1_row, 'open_problems'):
                pass
                yield str(t_2(context, '\n'))
                for l_2_problem in t_1(context, environment.getattr(l_1_row, 'open_problems')):
                    _loop_vars = {}
                    pass
                    yield str(t_2(context, '- '))
                    yield str(t_2(context, t_4(environment.getattr(l_2_problem, 'title'))))
                    yield str(t_2(context, ' '))
                    yield str(t_2(context, (environment.call_binop(context, '%', '(`%s`)', environment.getattr(l_2_problem, 'rule')) if environment.getattr(l_2_problem, 'rule') else "(the author's own)")))
                    yield str(t_2(context, '\n'))
                l_2_problem = missing
        l_1_row = missing
        yield str(t_2(context, '\n## Failure-mode coverage\n\nWhether each story judged each failure mode to apply. "Not considered" means the story\nsays nothing about it, which is a gap; "does not apply" is a judgment the story argues.\n\n| Failure mode'))
        for l_1_row in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows')):
            _loop_vars = {}
            pass
            yield str(t_2(context, ' | '))
            yield str(t_2(context, environment.getattr(l_1_row, 'number')))
            yield str(t_2(context, '. '))
            yield str(t_2(context, t_3(environment.getattr(l_1_row, 'title'))))
        l_1_row = missing
        yield str(t_2(context, ' |\n| ---'))
        for l_1_row in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rows')):
            _loop_vars = {}
            pass
            yield str(t_2(context, ' | ---'))
        l_1_row = missing
        yield str(t_2(context, ' |\n'))
        for l_1_line in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'coverage')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '| '))
            yield str(t_2(context, t_3(environment.getattr(environment.getattr(l_1_line, 'mode'), 'name'))))
            for l_2_value in t_1(context, environment.getattr(l_1_line, 'cells')):
                _loop_vars = {}
                pass
                yield str(t_2(context, ' | '))
                yield str(t_2(context, t_3(l_2_value)))
            l_2_value = missing
            yield str(t_2(context, ' |\n'))
        l_1_line = missing
    else:
        pass
        yield str(t_2(context, 'No story could be read, so there is nothing to compare.\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failures'):
        pass
        yield str(t_2(context, '\n## Not compared\n\n'))
        for l_1_failure in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failures')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '- '))
            yield str(t_2(context, environment.getattr(l_1_failure, 'file_code')))
            yield str(t_2(context, ': '))
            yield str(t_2(context, t_4(environment.getattr(l_1_failure, 'reason'))))
            yield str(t_2(context, '\n'))
        l_1_failure = missing

blocks = {}
debug_info = '6=48&8=49&9=51&14=57&15=65&16=71&17=74&19=94&21=95&22=98&23=99&25=103&26=107&27=109&28=110&29=113&33=120&39=121&40=130&41=136&42=139&45=151&47=152&48=154&51=155&52=158'