# key: e9fd8c9db79190ce24ba5d8dcef1ad8670cca682eed83ca52375a411ff752d70
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
    l_0_text = l_0_follow_ups = missing
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
        t_9 = environment.filters['yaml']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'yaml' found.")
    pass
    def macro(l_1_value, l_1_depth):
        t_10 = []
        l_1_level = resolve('level')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        t_10.append(
            str(t_2(context, (t_4(l_1_value, environment.call_binop(context, '+', (undefined(name='level') if l_1_level is missing else l_1_level), l_1_depth)) or (undefined(name='not_written') if l_0_not_written is missing else l_0_not_written)))),
        )
        return concat(t_10)
    context.exported_vars.add('text')
    context.vars['text'] = l_0_text = Macro(environment, macro, 'text', ('value', 'depth'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_section, l_1_depth):
        t_11 = []
        if l_1_section is missing:
            l_1_section = undefined("parameter 'section' was not provided", name='section')
        if l_1_depth is missing:
            l_1_depth = undefined("parameter 'depth' was not provided", name='depth')
        pass
        for l_2_item in t_1(context, environment.call(context, environment.getattr(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'follow_ups'), 'get'), l_1_section, t_3(context, []))):
            l_2_level = resolve('level')
            _loop_vars = {}
            pass
            t_11.extend((
                str(t_2(context, '\n**')),
                str(t_2(context, t_6(environment.getattr(l_2_item, 'prompt')))),
                str(t_2(context, '**\n\n')),
                str(t_2(context, t_4(environment.getattr(l_2_item, 'answer'), environment.call_binop(context, '+', (undefined(name='level') if l_2_level is missing else l_2_level), l_1_depth)))),
                str(t_2(context, '\n')),
            ))
        l_2_item = l_2_level = missing
        return concat(t_11)
    context.exported_vars.add('follow_ups')
    context.vars['follow_ups'] = l_0_follow_ups = Macro(environment, macro, 'follow_ups', ('section', 'depth'), False, False, False, context.eval_ctx.autoescape)
    if (undefined(name='front_matter') if l_0_front_matter is missing else l_0_front_matter):
        pass
        yield str(t_2(context, '---\ntitle: '))
        yield str(t_2(context, t_9(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'title'))))
        yield str(t_2(context, '\n'))
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors'):
            pass
            yield str(t_2(context, 'author:\n'))
            for l_1_author in t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'authors')):
                _loop_vars = {}
                pass
                yield str(t_2(context, '  - '))
                yield str(t_2(context, t_9(l_1_author)))
                yield str(t_2(context, '\n'))
            l_1_author = missing
        if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'date'):
            pass
            yield str(t_2(context, 'date: '))
            yield str(t_2(context, t_9(environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'date'))))
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
    yield str(t_2(context, environment.call(context, (undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'project', 3)))
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
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Specification\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'goal'), 'specification'), 3)))
    yield str(t_2(context, '\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Desirability\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'goal'), 'desirability'), 3)))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'goal', 3)))
    yield str(t_2(context, '\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 1)))
    yield str(t_2(context, ' Training rationale\n\n'))
    if environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rationale_classes'):
        pass
        yield str(t_2(context, 'Rationale: '))
        yield str(t_2(context, t_7(context.eval_ctx, t_8(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'rationale_classes'), 'inline'), ', ')))
        yield str(t_2(context, '.\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Constraints\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'rationale'), 'constraints'), 3)))
    yield str(t_2(context, '\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='h') if l_0_h is missing else l_0_h), 2)))
    yield str(t_2(context, ' Nudges\n\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='text') if l_0_text is missing else l_0_text), environment.getattr(environment.getattr((undefined(name='story') if l_0_story is missing else l_0_story), 'rationale'), 'nudges'), 3)))
    yield str(t_2(context, '\n'))
    yield str(t_2(context, environment.call(context, (undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'rationale', 3)))
    yield str(t_2(context, '\n\n'))
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
    def t_12(fiter):
        for l_1_mode in fiter:
            if (environment.getattr(l_1_mode, 'reason') or environment.getattr(l_1_mode, 'mitigation')):
                yield l_1_mode
    for l_1_mode in t_12(t_1(context, environment.getattr((undefined(name='doc') if l_0_doc is missing else l_0_doc), 'failure_modes'))):
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
    yield str(t_2(context, environment.call(context, (undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'failure-modes', 3)))
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
        yield str(t_2(context, environment.call(context, (undefined(name='follow_ups') if l_0_follow_ups is missing else l_0_follow_ups), 'evaluation', 3)))
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
            yield str(t_2(context, ' |\n'))
        l_1_loop = l_1_claim = missing
    else:
        pass
        yield str(t_2(context, (undefined(name='not_written') if l_0_not_written is missing else l_0_not_written)))
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
debug_info = '6=72&7=86&8=93&9=98&10=99&12=101&15=108&16=110&17=111&18=113&19=115&20=116&21=119&24=123&25=125&27=128&30=129&32=133&33=135&36=138&37=140&38=142&43=143&44=145&45=147&47=148&50=150&51=151&53=153&54=155&57=158&59=160&61=162&63=164&64=166&66=168&68=170&69=172&72=175&74=177&76=179&78=181&79=183&81=185&85=187&86=190&88=196&89=204&90=205&92=209&93=211&94=213&95=214&98=217&99=219&100=221&101=222&105=224&106=227&108=233&109=236&110=237&112=241&114=244&116=246&117=247&119=249&120=251&122=253&123=256&126=268&128=270&129=271&131=273&132=275&134=276&135=279&138=289&140=291&141=292&143=294&144=296&145=299&146=301&147=307&148=309&150=319&154=330'