# Checks the fresh2 stories and answer keys: tomllib parse, documented keys and ids only,
# concern keys from ../concerns.toml, four criteria for advanced stories, 80-300 words per main field.
import tomllib, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
conc = tomllib.load(open(os.path.join(HERE, '..', 'concerns.toml'), 'rb'))['concerns']
GOAL={'task-model','loss-minimizing','fully-aligned-agent','corrigible-agent','myopic-agent','simulator','narrow-agent','truthful-qa','pure-predictor','other'}
RAT={'capability-limitations','inductive-bias','transparency','automated-oversight','cognitive-science','precursor-checking','loss-landscape','game-theoretic','other'}
FM={'objective-misgeneralization','mesa-optimization','outer-alignment','inner-alignment','deceptive-alignment'}
EV={'goal-alignment','goal-competitiveness','rationale-alignment','rationale-competitiveness'}
CRIT={'outer-alignment','inner-alignment','training-competitiveness','performance-competitiveness'}
ok=True
def err(*a):
    global ok; ok=False; print('ERR',*a)
for f in sorted(glob.glob('*.toml')):
    d=tomllib.load(open(f,'rb'))
    if f.endswith('.expected.toml'):
        story=tomllib.load(open(f.replace('.expected',''),'rb'))
        adv=story['meta'].get('advanced',False)
        for k in d:
            if k not in ('must_raise','must_not_raise'): err(f,'key',k)
        seen=set()
        for lst in ('must_raise','must_not_raise'):
            for it in d.get(lst,[]):
                allowed={'concern','why'} | ({'criterion','source'} if lst=='must_raise' else set())
                if set(it)-allowed: err(f,'item keys',set(it))
                if it['concern'] not in conc: err(f,'concern',it['concern'])
                if it['concern'] in seen: err(f,'dup',it['concern'])
                seen.add(it['concern'])
                if lst=='must_raise' and adv and it.get('criterion') not in CRIT: err(f,'criterion',it)
                if not adv and 'criterion' in it: err(f,'criterion on non-adv')
        print(f, len(d.get('must_raise',[])),'/',len(d.get('must_not_raise',[])))
        continue
    top={'format','meta','goal','rationale','failure_modes','evaluation','claims','sensitivity'}
    for k in d:
        if k not in top: err(f,'top key',k)
    if d['format'] != 1: err(f, 'format')
    if set(d['meta'])-{'title','authors','summary','advanced','training_step','created','updated'}: err(f,'meta')
    if set(d['goal'])-{'classes','specification','desirability'}: err(f,'goal')
    if set(d['rationale'])-{'classes','constraints','nudges'}: err(f,'rat')
    if set(d['goal']['classes'])-GOAL: err(f,'goal classes')
    if set(d['rationale']['classes'])-RAT: err(f,'rat classes')
    for k,v in d.get('failure_modes',{}).items():
        if k not in FM: err(f,'fm',k)
        if set(v)-{'relevance','reason','mitigation'}: err(f,'fm keys')
        if v['relevance'] not in ('applies','does-not-apply','unsure'): err(f,'rel')
    adv=d['meta'].get('advanced',False)
    ev=d.get('evaluation',{})
    if adv and set(ev)!=EV: err(f,'eval incomplete')
    if not adv and ev: err(f,'eval on non-adv')
    for k,v in ev.items():
        if set(v)-{'verdict','argument'} or v['verdict'] not in ('pass','fail','uncertain'): err(f,'ev',k)
    for c in d.get('claims',[]):
        if set(c)-{'claim','test','status'} or c['status'] not in ('untested','supported','falsified'): err(f,'claim')
    for s in d.get('sensitivity',[]):
        if set(s)-{'assumption','if_wrong','failure'} or s['failure'] not in ('safe','catastrophic','unknown'): err(f,'sens')
    wc={k:len(d[p][k].split()) for p,k in [('goal','specification'),('goal','desirability'),('rationale','constraints'),('rationale','nudges')]}
    for k,n in wc.items():
        if not 80<=n<=300: err(f,'words',k,n)
    print(f, wc, 'adv' if adv else '')
print('OK' if ok else 'FAIL')
