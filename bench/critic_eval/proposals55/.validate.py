import tomllib, glob, re, os, sys
from collections import Counter
C = tomllib.load(open('/work/main/bench/critic_eval/concerns.toml','rb'))['concerns']
GOAL = {"task-model","loss-minimizing","fully-aligned-agent","corrigible-agent","myopic-agent","simulator","narrow-agent","truthful-qa","pure-predictor","other"}
RAT = {"capability-limitations","inductive-bias","transparency","automated-oversight","cognitive-science","precursor-checking","loss-landscape","game-theoretic","other"}
FM = {"objective-misgeneralization","mesa-optimization","outer-alignment","inner-alignment","deceptive-alignment"}
EV = {"goal-alignment","goal-competitiveness","rationale-alignment","rationale-competitiveness"}
CRIT = {"outer-alignment","inner-alignment","training-competitiveness","performance-competitiveness"}
ANS = {"training-setup": {"self-supervised","imitation","learned-reward","programmed-reward","process-supervision","debate-amplification","other"},
       "training-judge": {"people-who-can-check","people-partly","learned-judge","program","recorded-data"},
       "outputs-used": {"people-decide","acted-on","reach-subjects","become-training-data","offline-only"}}
err=[]; tot=Counter(); rows=[]
norm=lambda s: re.sub(r'\s+',' ',s)
for sp in sorted(glob.glob('[0-9][0-9]-*.toml')):
    if sp.endswith('.expected.toml'): continue
    s=tomllib.load(open(sp,'rb'))
    if s.get('format')!=1: err.append((sp,'format'))
    if set(s)-{'format','meta','goal','rationale','failure_modes','evaluation','claims','sensitivity','triage','problems','answers','interview'}: err.append((sp,'topkeys'))
    m=s['meta']
    if set(m)-{'title','authors','summary','advanced','training_step','created','updated'} or m.get('advanced') is not True: err.append((sp,'meta'))
    if not set(s['goal']['classes'])<=GOAL: err.append((sp,'goal classes'))
    if not set(s['rationale']['classes'])<=RAT: err.append((sp,'rat classes'))
    for k,v in s['failure_modes'].items():
        if k not in FM: err.append((sp,'fm id',k))
        if v['relevance'] not in {'applies','does-not-apply','unsure'}: err.append((sp,'relevance'))
    if set(s['evaluation'])!=EV: err.append((sp,'eval ids'))
    for v in s['evaluation'].values():
        if v['verdict'] not in {'pass','fail','uncertain'}: err.append((sp,'verdict'))
    for c in s['claims']:
        if c['status'] not in {'untested','supported','falsified'} or not c.get('test'): err.append((sp,'claim'))
    for r in s['sensitivity']:
        if r['failure'] not in {'safe','catastrophic','unknown'}: err.append((sp,'sens'))
    wc={}
    for sec,f in [('goal','specification'),('goal','desirability'),('rationale','constraints'),('rationale','nudges')]:
        n=len(s[sec][f].split()); wc[f]=n
        if not 120<=n<=200: err.append((sp,'words',f,n))
    a=s.get('answers',{})
    if set(a)!={'training-setup','training-judge','outputs-used','checks-in-training'}: err.append((sp,'answers keys'))
    for k,opts in ANS.items():
        v=a.get(k)
        if not isinstance(v,list) or not v or not set(v)<=opts or len(set(v))!=len(v): err.append((sp,'answer',k,v))
    if a.get('checks-in-training') not in {'yes','no','unsure'}: err.append((sp,'checks'))
    text=norm(' '.join(str(x) for x in [s['meta'], s['goal'], s['rationale'], s['failure_modes'], s['evaluation'], s['claims'], s['sensitivity']]))
    # build plain text from all strings
    strs=[]
    def walk(o):
        if isinstance(o,str): strs.append(o)
        elif isinstance(o,dict): [walk(v) for v in o.values()]
        elif isinstance(o,list): [walk(v) for v in o]
    walk(s); text=norm(' '.join(strs))
    ep=sp[:-5]+'.expected.toml'
    e=tomllib.load(open(ep,'rb'))
    if e.get('story')!=sp or not e.get('source'): err.append((ep,'story/source'))
    mr=e['must_raise']; mn=e['must_not_raise']
    if not 4<=len(mr)<=8 or not 4<=len(mn)<=6: err.append((ep,'counts',len(mr),len(mn)))
    cr=Counter()
    for it in mr:
        if set(it)!={'criterion','concern','why'}: err.append((ep,'mr keys'))
        if it['criterion'] not in CRIT: err.append((ep,'crit',it['criterion']))
        if it['concern'] not in C: err.append((ep,'concern',it['concern']))
        q=re.findall(r'"([^"]+)"',it['why'])
        if not q: err.append((ep,'no quote',it['concern']))
        cr[it['criterion']]+=1
    for it in mn:
        if it['concern'] not in C: err.append((ep,'concern',it['concern']))
    for it in mr+mn:
        for q in re.findall(r'"([^"]+)"',it['why']):
            if norm(q) not in text: err.append((ep,'quote not found',q))
    ks=[i['concern'] for i in mr]; kn=[i['concern'] for i in mn]
    if len(set(ks))!=len(ks) or len(set(kn))!=len(kn) or set(ks)&set(kn): err.append((ep,'dup'))
    tot.update(cr); tot['total']+=len(mr); tot['must_not']+=len(mn)
    rows.append((sp,cr['outer-alignment'],cr['inner-alignment'],cr['training-competitiveness'],cr['performance-competitiveness'],len(mr),len(mn),wc))
for r in rows: print(r)
print(dict(tot))
print('inner share', tot['inner-alignment']/tot['total'])
print('ERRORS', err)
