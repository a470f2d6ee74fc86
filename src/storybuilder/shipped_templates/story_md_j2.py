# key: eb923a5f91c50e5516ed77f942a6c2ac308adfc386363217aa8d724f6ae249ae
# Made by python -m storybuilder.shipped_templates from templates/story.md.j2.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'story.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_front_matter = resolve('front_matter')
    l_0_doc = resolve('doc')
    l_0_h = resolve('h')
    l_0_story = resolve('story')
    l_0_diagram = resolve('diagram')
    l_0_not_written = resolve('not_written')
    l_0_text = l_0_answers = missing
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
        t_3 = environment.filters['_sb_value']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named '_sb_value' found.")
    try:
        t_4 = environment.filters['block']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'block' found.")
    try:
        t_5 = environment.filters['cell']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'cell' found.")
    try:
        t_6 = environment.filters['inline']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'inline' found.")
    try:
        t_7 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_9 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_10 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    pass
    def macro(l_1_value, l_1_depth):
        t_11 = []
        l_1_level = resolve('level')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        t_11.append(
            str(t_2(context, (t_4(l_1_value, environment.call_binop(context, '+', (undefined(name='level') if l_1_level is missing else l_1_level), l_1_depth)) or (undefined(name='not_written') if l_0_not_written is missing else l_0_not_written)))),
        )
        return concat(t_11)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('value', 'depth'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_part, l_1_depth):
        t_12 = []
        if l_1_part is missing:
            l_1_part = undefined("parameter 'part' was not provided", name='part')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(t_1(context, environment.call(context, environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed'), 'get'), l_1_part, t_3(context, []))), undefined):
            l_2_level = resolve('level')
            _loop_vars = {}
            pass
            if ((not environment.getattr(l_2_loop, 'first')) and (not (environment.getattr(l_2_item, 'short') and environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'short')))):
                pass
                t_12.append(
                    str(t_2(context, '\n')),
                )
            if environment.getattr(l_2_item, 'short'):
                pass
                t_12.extend((
                    str(t_2(context, '- **')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'label')))),
                    str(t_2(context, ':** ')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'answer')))),
                    str(t_2(context, '\n')),
                ))
            else:
                pass
                t_12.extend((
                    str(t_2(context, '_')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'label')))),
                    str(t_2(context, '._ ')),
                    str(t_2(context, t_4(environment.getattr(l_2_item, 'answer'), environment.call_binop(context, '+', (undefined(name='level') if l_2_level is missing else l_2_level), l_1_depth), True))),
                    str(t_2(context, '\n')),
                ))
        l_2_loop = l_2_item = l_2_level = missing
        return concat(t_12)
    context.exported_vars.add('answers')
    context.vars['answers'] = l_0_answers = Macro(environment, macro, 'answers', ('part', 'depth'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_part, l_1_depth):
        t_13 = []
        if l_1_part is missing:
            l_1_part = undefined("parameter 'part' was not provided", name='part')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(t_1(context, environment.call(context, environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed'), 'get'), l_1_part, t_3(context, []))), undefined):
            l_2_level = resolve('level')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_item, 'short'):
                pass
                if (environment.getattr(l_2_loop, 'first') or (not environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'short'))):
                    pass
                    t_13.append(
                        str(t_2(context, '\n')),
                    )
                t_13.extend((
                    str(t_2(context, '- **')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'label')))),
                    str(t_2(context, ':** ')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'answer')))),
                    str(t_2(context, '\n')),
                ))
            else:
                pass
                t_13.extend((
                    str(t_2(context, '\n_')),
                    str(t_2(context, t_6(environment.getattr(l_2_item, 'label')))),
                    str(t_2(context, '._ ')),
                    str(t_2(context, t_4(environment.getattr(l_2_item, 'answer'), environment.call_binop(context, '+', (undefined(name='level') if l_2_level is missing else l_2_level), l_1_depth), True))),
                    str(t_2(context, '\n')),
                ))
        l_2_loop = l_2_item = l_2_level = missing
        return concat(t_13)
    context.exported_vars.add('answers')
    context.vars['answers'] = l_0_answers = Macro(environment, macro, 'answers', ('part', 'depth'), False, False, False, context.eval_ctx.autoescape)
    if (undefined(name='front_matter') if l_0_front_matter is missing else l_0_front_matter):
        pass
        yield str(t_2(context, '---\ntitle: '))
        yield str(t_2(context, t_10(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
        yield str(t_2(context, '\n'))
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors'):
            pass
            yield str(t_2(context, 'author:\n'))
            for l_1_author in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors')):
                _loop_vars = {}
                pass
                yield str(t_2(context, '  - '))
                yield str(t_2(context, t_10(l_1_author)))
                yield str(t_2(context, '\n'))
            l_1_author = missing
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'date'):
            pass
            yield str(t_2(context, 'date: '))
            yield str(t_2(context, t_10(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'date'))))
            yield str(t_2(context, '\n'))
        yield str(t_2(context, '---\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 0)))
    yield str(t_2(context, ' '))
    yield str(t_2(context, t_6(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
    yield str(t_2(context, '\n\n'))
    if (environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors') and (not (undefined(name='front_matter') if l_0_front_matter is missing else l_0_front_matter))):
        pass
        yield str(t_2(context, '_'))
        yield str(t_2(context, t_7(context.eval_ctx, t_8(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors'), 'inline'), ', ')))
        yield str(t_2(context, '_\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'meta'), 'summary'), 3)))
    yield str(t_2(context, '\n'))
    if (not environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'applicable')):
        pass
        yield str(t_2(context, '\n> **Outside the framework.** This project has no training step, so there is no\n> trained model whose algorithm a training story could describe. The answers are\n> recorded below, but no open problems are detected.\n'))
    if ('project' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'project', 3))))
        yield str(t_2(context, '\n'))
    if ((undefined(name='diagram') if l_0_diagram is missing else l_0_diagram) and environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'diagram')):
        pass
        yield str(t_2(context, '\n```mermaid\n'))
        yield str(t_2(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'diagram')))
        yield str(t_2(context, '\n```\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Training goal\n\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'goal_classes'):
        pass
        yield str(t_2(context, 'Goal class: '))
        yield str(t_2(context, t_7(context.eval_ctx, t_8(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'goal_classes'), 'inline'), ', ')))
        yield str(t_2(context, '.\n\n'))
    if ('goal' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'goal', 2))))
        yield str(t_2(context, '\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Specification\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'goal'), 'specification'), 3)))
    yield str(t_2(context, '\n'))
    if ('specification' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'specification', 3))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Desirability\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'goal'), 'desirability'), 3)))
    yield str(t_2(context, '\n'))
    if ('desirability' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'desirability', 3))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Training rationale\n\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rationale_classes'):
        pass
        yield str(t_2(context, 'Rationale: '))
        yield str(t_2(context, t_7(context.eval_ctx, t_8(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rationale_classes'), 'inline'), ', ')))
        yield str(t_2(context, '.\n\n'))
    if ('rationale' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'rationale', 2))))
        yield str(t_2(context, '\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Constraints\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'rationale'), 'constraints'), 3)))
    yield str(t_2(context, '\n'))
    if ('constraints' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'constraints', 3))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Nudges\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'rationale'), 'nudges'), 3)))
    yield str(t_2(context, '\n'))
    if ('nudges' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'nudges', 3))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Failure modes\n\n| Failure mode | Relevance |\n| --- | --- |\n'))
    for l_1_mode in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failure_modes')):
        _loop_vars = {}
        pass
        yield str(t_2(context, '| '))
        yield str(t_2(context, t_5(environment.getattr(l_1_mode, 'name'))))
        yield str(t_2(context, ' | '))
        yield str(t_2(context, t_5(environment.getattr(l_1_mode, 'relevance'))))
        yield str(t_2(context, ' |\n'))
    l_1_mode = missing
    def t_14(fiter):
        for l_1_mode in fiter:
            if (environment.getattr(l_1_mode, 'reason') or environment.getattr(l_1_mode, 'mitigation')):
                yield l_1_mode
    for l_1_mode in t_14(t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failure_modes'))):
        l_1_level = resolve('level')
        _loop_vars = {}
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2, _loop_vars=_loop_vars)))
        yield str(t_2(context, ' '))
        yield str(t_2(context, t_6(environment.getattr(l_1_mode, 'name'))))
        yield str(t_2(context, '\n\n'))
        yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(l_1_mode, 'reason'), 3, _loop_vars=_loop_vars)))
        yield str(t_2(context, '\n'))
        if environment.getattr(l_1_mode, 'mitigation'):
            pass
            yield str(t_2(context, '\n_Mitigation._ '))
            yield str(t_2(context, t_4(environment.getattr(l_1_mode, 'mitigation'), environment.call_binop(context, '+', (undefined(name='level') if l_1_level is missing else l_1_level), 3), True)))
            yield str(t_2(context, '\n'))
    l_1_mode = l_1_level = missing
    if ('failure-modes' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'failure-modes', 3))))
        yield str(t_2(context, '\n'))
    if environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'meta'), 'advanced'):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
        yield str(t_2(context, ' Evaluation\n\n| Criterion | Verdict |\n| --- | --- |\n'))
        for l_1_crit in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'evaluation')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '| '))
            yield str(t_2(context, t_5(environment.getattr(l_1_crit, 'name'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5((environment.getattr(l_1_crit, 'verdict') or 'not yet judged'))))
            yield str(t_2(context, ' |\n'))
        l_1_crit = missing
        for l_1_crit in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'evaluation')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '\n'))
            yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2, _loop_vars=_loop_vars)))
            yield str(t_2(context, ' '))
            yield str(t_2(context, t_6(environment.getattr(l_1_crit, 'name'))))
            yield str(t_2(context, '\n\n'))
            yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(l_1_crit, 'argument'), 3, _loop_vars=_loop_vars)))
            yield str(t_2(context, '\n'))
        l_1_crit = missing
        if ('evaluation' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
            pass
            yield str(t_2(context, '\n'))
            yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'evaluation', 3))))
            yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Falsifiable claims\n\n'))
    if environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'claims'):
        pass
        yield str(t_2(context, '| # | Claim | How it could be refuted | Status |\n| --- | --- | --- | --- |\n'))
        l_1_loop = missing
        for l_1_claim, l_1_loop in LoopContext(t_1(context, environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'claims')), undefined):
            _loop_vars = {}
            pass
            yield str(t_2(context, '| '))
            yield str(t_2(context, environment.getattr(l_1_loop, 'index')))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5(environment.getattr(l_1_claim, 'claim'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5((environment.getattr(l_1_claim, 'test') or 'no test yet'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5(environment.getattr(l_1_claim, 'status'))))
            if environment.getattr(l_1_claim, 'evidence'):
                pass
                yield str(t_2(context, ' (evidence: '))
                yield str(t_2(context, t_5(environment.getattr(l_1_claim, 'evidence'))))
                yield str(t_2(context, ')'))
            yield str(t_2(context, ' |\n'))
        l_1_loop = l_1_claim = missing
    else:
        pass
        yield str(t_2(context, (undefined(name='not_written') if l_0_not_written is missing else l_0_not_written)))
        yield str(t_2(context, '\n'))
    if ('claims' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'claims', 2))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Sensitivity analysis\n\n'))
    if environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'sensitivity'):
        pass
        yield str(t_2(context, '| Assumption | If it is wrong | Failure |\n| --- | --- | --- |\n'))
        for l_1_row in t_1(context, environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'sensitivity')):
            _loop_vars = {}
            pass
            yield str(t_2(context, '| '))
            yield str(t_2(context, t_5(environment.getattr(l_1_row, 'assumption'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5((environment.getattr(l_1_row, 'if_wrong') or 'not yet written'))))
            yield str(t_2(context, ' | '))
            yield str(t_2(context, t_5(environment.getattr(l_1_row, 'failure'))))
            yield str(t_2(context, ' |\n'))
        l_1_row = missing
    else:
        pass
        yield str(t_2(context, (undefined(name='not_written') if l_0_not_written is missing else l_0_not_written)))
        yield str(t_2(context, '\n'))
    if ('sensitivity' in environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'placed')):
        pass
        yield str(t_2(context, '\n'))
        yield str(t_2(context, t_9(environment.call(context, (undefined(name='answers') if l_0_answers is missing else l_0_answers), 'sensitivity', 2))))
        yield str(t_2(context, '\n'))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Open problems\n\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'problems'):
        pass
        for l_1_problem in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'problems')):
            _loop_vars = {}
            pass
            if (environment.getattr(l_1_problem, 'status') == 'addressed'):
                pass
                yield str(t_2(context, '- [x] '))
                yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'title'))))
                if environment.getattr(l_1_problem, 'note'):
                    pass
                    yield str(t_2(context, ': '))
                    yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'note'))))
                yield str(t_2(context, '\n'))
            elif (environment.getattr(l_1_problem, 'status') == 'accepted'):
                pass
                yield str(t_2(context, '- [x] '))
                yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'title'))))
                yield str(t_2(context, ' _(accepted'))
                if environment.getattr(l_1_problem, 'note'):
                    pass
                    yield str(t_2(context, ': '))
                    yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'note'))))
                yield str(t_2(context, ')_\n'))
            else:
                pass
                yield str(t_2(context, '- [ ] '))
                yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'title'))))
                if environment.getattr(l_1_problem, 'note'):
                    pass
                    yield str(t_2(context, ' _('))
                    yield str(t_2(context, t_6(environment.getattr(l_1_problem, 'note'))))
                    yield str(t_2(context, ')_'))
                yield str(t_2(context, '\n'))
        l_1_problem = missing
    else:
        pass
        yield str(t_2(context, 'No open problems detected.\n'))

blocks = {}
debug_info = '7=78&10=92&11=100&12=104&13=107&15=109&16=112&18=121&24=131&25=139&26=143&27=145&28=148&30=151&32=160&33=161&37=170&38=172&39=173&40=175&41=177&42=178&43=181&46=185&47=187&49=190&52=191&54=195&55=197&58=200&59=202&60=204&65=205&66=207&67=208&69=210&70=212&72=213&75=215&76=216&78=218&79=220&82=223&83=225&86=227&88=229&89=231&90=233&91=234&93=236&94=237&96=239&97=241&98=243&99=244&101=246&102=247&104=249&105=251&108=254&109=256&112=258&114=260&115=262&116=264&117=265&119=267&120=268&122=270&123=272&124=274&125=275&127=277&128=278&132=280&133=283&135=289&136=297&137=298&139=302&140=304&141=306&142=307&145=310&146=312&147=313&149=315&150=317&151=318&155=320&156=323&158=329&159=332&160=333&162=337&164=340&165=342&166=343&169=345&170=346&172=348&173=350&175=352&176=355&179=372&181=374&182=376&183=377&185=379&186=380&188=382&189=384&191=385&192=388&195=398&197=400&198=402&199=403&201=405&202=406&204=408&205=410&206=413&207=415&208=422&209=424&211=434&215=445'