import tomllib, glob, re, os, sys
os.chdir('/work/setdrafts/proposals54')
C=tomllib.load(open('/work/main/bench/critic_eval/concerns.toml','rb'))['concerns']
GOAL={'task-model','loss-minimizing','fully-aligned-agent','corrigible-agent','myopic-agent','simulator','narrow-agent','truthful-qa','pure-predictor','other'}
RAT={'capability-limitations','inductive-bias','transparency','automated-oversight','cognitive-science','precursor-checking','loss-landscape','game-theoretic','other'}
FM={'objective-misgeneralization','mesa-optimization','outer-alignment','inner-alignment','deceptive-alignment'}
EV={'goal-alignment','goal-competitiveness','rationale-alignment','rationale-competitiveness'}
CRIT={'outer-alignment','inner-alignment','training-competitiveness','performance-competitiveness'}
ANS={'training-setup':{'self-supervised','imitation','learned-reward','programmed-reward','process-supervision','debate-amplification','other'},
 'training-judge':{'people-who-can-check','people-partly','learned-judge','program','recorded-data'},
 'outputs-used':{'people-decide','acted-on','reach-subjects','become-training-data','offline-only'}}
err=[]; tot={c:0 for c in CRIT}; rows=[]
norm=lambda t:re.sub(r'\s+',' ',t)
for sp in sorted(glob.glob('[0-9][0-9]-*.toml')):
    if sp.endswith('.expected.toml'): continue
    s=tomllib.load(open(sp,'rb'))
    e=tomllib.load(open(sp[:-5]+'.expected.toml','rb'))
    E=lambda m: err.append(f'{sp}: {m}')
    if s.get('format')!=1: E('format')
    if set(s)-{'format','meta','goal','rationale','failure_modes','evaluation','claims','sensitivity','answers'}: E('top keys')
    m=s['meta']
    if m.get('advanced') is not True or m.get('training_step') is not True: E('meta flags')
    if set(m)-{'title','authors','summary','advanced','training_step'}: E('meta keys')
    if set(s['goal']['classes'])-GOAL: E('goal classes')
    if set(s['rationale']['classes'])-RAT: E('rat classes')
    for k,t in [('goal','specification'),('goal','desirability'),('rationale','constraints'),('rationale','nudges')]:
        n=len(s[k][t].split())
        if not 120<=n<=200: E(f'{k}.{t} words {n}')
    for k,v in s['failure_modes'].items():
        if k not in FM: E('fm id '+k)
        if v['relevance'] not in {'applies','does-not-apply','unsure'}: E('relevance')
    if set(s['evaluation'])!=EV: E('criteria')
    for v in s['evaluation'].values():
        if v['verdict'] not in {'pass','fail','uncertain'}: E('verdict')
    for c in s['claims']:
        if c['status'] not in {'untested','supported','falsified'}: E('claim status')
    for c in s['sensitivity']:
        if c['failure'] not in {'safe','catastrophic','unknown'}: E('failure label')
    a=s.get('answers',{})
    if set(a)!={'training-setup','training-judge','outputs-used','checks-in-training'}: E('answers keys')
    for k,opts in ANS.items():
        if not a.get(k) or not isinstance(a[k],list) or set(a[k])-opts: E('answer '+k)
    if a.get('checks-in-training') not in {'yes','no','unsure'}: E('checks')
    # story text
    txt=[]
    def walk(x):
        if isinstance(x,str): txt.append(x)
        elif isinstance(x,dict): [walk(v) for v in x.values()]
        elif isinstance(x,list): [walk(v) for v in x]
    walk({k:v for k,v in s.items() if k!='answers'}); T=norm(' '.join(txt))
    if e['story']!=os.path.basename(sp) or not e.get('source'): E('story/source')
    mr=e['must_raise']; mn=e['must_not_raise']
    if not 4<=len(mr)<=8: E('mr count')
    if not 4<=len(mn)<=6: E('mn count')
    cs=[x['concern'] for x in mr]; ns=[x['concern'] for x in mn]
    if len(set(cs))!=len(cs) or len(set(ns))!=len(ns) or set(cs)&set(ns): E('dup concerns')
    cnt={c:0 for c in CRIT}
    for x in mr:
        if set(x)!={'criterion','concern','why'}: E('mr keys')
        if x['criterion'] not in CRIT: E('crit '+x['criterion'])
        else: cnt[x['criterion']]+=1; tot[x['criterion']]+=1
        if x['concern'] not in C: E('concern '+x['concern'])
        q=re.findall(r'"([^"]+)"',x['why'])
        if not q: E('no quote '+x['concern'])
    for x in mr+mn:
        if x['concern'] not in C: E('concern '+x['concern'])
        for q in re.findall(r'"([^"]+)"',x['why']):
            if norm(q) not in T: E('quote not found: '+q)
    rows.append((sp,cnt,len(mr),len(mn)))
for r in rows: print(r)
print('totals',tot,sum(tot.values()))
print('ERRORS' if err else 'OK'); [print(x) for x in err]
