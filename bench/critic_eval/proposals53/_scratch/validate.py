import tomllib, glob, re, os, sys
os.chdir('/work/setdrafts/proposals53')
concerns = set(tomllib.load(open('/work/main/bench/critic_eval/concerns.toml','rb'))['concerns'])
fmt = open('/work/shared/docs/story-format.md').read()
def ids(label):
    m = re.search(r'^\| '+label+r' \| (.*) \|$', fmt, re.M)
    return set(re.findall(r'`([^`]+)`', m.group(1)))
GC, RC, FM, EC = ids('goal classes'), ids('rationale classes'), ids('failure modes'), ids('evaluation criteria')
CRIT = {'outer-alignment','inner-alignment','training-competitiveness','performance-competitiveness'}
ANS = {'training-setup': {'self-supervised','imitation','learned-reward','programmed-reward','process-supervision','debate-amplification','other'},
 'training-judge': {'people-who-can-check','people-partly','learned-judge','program','recorded-data'},
 'outputs-used': {'people-decide','acted-on','reach-subjects','become-training-data','offline-only'}}
errs=[]; tot={'mr':0,'inner':0}; bycrit={}
norm=lambda s: re.sub(r'\s+',' ',s)
for sp in sorted(glob.glob('[0-9][0-9]-*.toml')):
    if sp.endswith('.expected.toml'): continue
    s = tomllib.load(open(sp,'rb'))
    e = tomllib.load(open(sp.replace('.toml','.expected.toml'),'rb'))
    E = lambda m: errs.append(f'{sp}: {m}')
    if s.get('format')!=1: E('format')
    if set(s)-{'format','meta','goal','rationale','failure_modes','evaluation','claims','sensitivity','answers'}: E('top keys')
    if s['meta'].get('advanced') is not True: E('advanced')
    if not set(s['goal']['classes'])<=GC: E('goal class')
    if not set(s['rationale']['classes'])<=RC: E('rationale class')
    if not set(s['failure_modes'])<=FM: E('fm id '+str(set(s['failure_modes'])-FM))
    for k,v in s['failure_modes'].items():
        if v['relevance'] not in ('applies','does-not-apply','unsure'): E('relevance')
    if set(s['evaluation'])!=EC: E('criteria')
    for v in s['evaluation'].values():
        if v['verdict'] not in ('pass','fail','uncertain'): E('verdict')
    for c in s['claims']:
        if c['status'] not in ('untested','supported','falsified'): E('claim status')
    for r in s['sensitivity']:
        if r['failure'] not in ('safe','catastrophic','unknown'): E('failure')
    wc = {f: len(x.split()) for f,x in [('spec',s['goal']['specification']),('des',s['goal']['desirability']),('con',s['rationale']['constraints']),('nud',s['rationale']['nudges'])]}
    for f,n in wc.items():
        if not 120<=n<=200: E(f'{f} words {n}')
    a = s.get('answers',{})
    for q,opts in ANS.items():
        if not a.get(q) or not set(a[q])<=opts: E('answer '+q)
    if a.get('checks-in-training') not in ('yes','no','unsure'): E('checks-in-training')
    if set(a)!=set(ANS)|{'checks-in-training'}: E('answer keys')
    text = norm(open(sp).read().replace('\\\n',' ').replace('\\"','"'))
    # rebuild text from parsed values for robust matching
    vals=[]
    def walk(x):
        if isinstance(x,str): vals.append(x)
        elif isinstance(x,dict): [walk(v) for v in x.values()]
        elif isinstance(x,list): [walk(v) for v in x]
    walk(s); text = norm(' '.join(vals))
    if e.get('story')!=os.path.basename(sp) or not e.get('source'): E('story/source')
    mr, mn = e['must_raise'], e['must_not_raise']
    if not 4<=len(mr)<=8: E('mr count')
    if not 4<=len(mn)<=6: E('mn count')
    for it in mr:
        if set(it)!={'criterion','concern','why'}: E('mr keys')
        if it['criterion'] not in CRIT: E('criterion '+it['criterion'])
        bycrit[it['criterion']]=bycrit.get(it['criterion'],0)+1
    for it in mr+mn:
        if it['concern'] not in concerns: E('concern '+it['concern'])
    cs=[i['concern'] for i in mr]; ns=[i['concern'] for i in mn]
    if len(set(cs))!=len(cs) or len(set(ns))!=len(ns) or set(cs)&set(ns): E('dup concerns')
    for it in mr:
        qs = re.findall(r'"([^"]+)"', it['why'])
        if not qs: E('no quote')
    for it in mr+mn:
        for q in re.findall(r'"([^"]+)"', it['why']):
            if norm(q) not in text: E('quote not found: '+q)
    inner=sum(1 for i in mr if i['criterion']=='inner-alignment')
    tot['mr']+=len(mr); tot['inner']+=inner
    print(sp, 'mr',len(mr),'inner',inner,'mn',len(mn), wc)
print(tot, bycrit)
print('ERRORS' if errs else 'OK'); [print(x) for x in errs]
