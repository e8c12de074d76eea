"""The nesting pre-scan against libyaml (PyYAML's C loader), run by hand:

    python3 codegen/fuzz/nesting/compare.py [SEED]

Random YAML-ish texts end in flow collections four deep; for each, libyaml's flow level over
the tokens its parser works through (up to its first error) is the truth, and the pre-scan
must refuse the text at one level less: an under-count would let deep nesting through to
libyaml's quadratic scanner. Needs rustc and PyYAML built with libyaml.
"""
import os, random, subprocess, sys, tempfile, yaml
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 7)
ALPHA = ["[", "]", "{", "}", ",", ":", ": ", " ", "\n", "- ", "? ", "'", '"', "#", "|", ">", "a", "  ", "    ", "\\", "&a ", "*a", "!t ", "---", "\r", "|2", "|1", "x: ", "\n  ", "\n- ", "''", "b"]
def lib_depth(text):
    # Where the parser stops (its error), then the scanner's flow level over the tokens
    # before that point: what libyaml works through before it answers.
    stop=len(text)+1
    try:
        for e in yaml.parse(text, Loader=yaml.CLoader): pass
    except yaml.MarkedYAMLError as e:
        if e.problem_mark is not None: stop=e.problem_mark.index
    d=m=0
    try:
        for t in yaml.scan(text, Loader=yaml.CLoader):
            if t.start_mark.index >= stop: break
            n=type(t).__name__
            if n in ('FlowSequenceStartToken','FlowMappingStartToken'): d+=1; m=max(m,d)
            elif n in ('FlowSequenceEndToken','FlowMappingEndToken'): d=max(d-1,0)
    except Exception:
        pass
    return m
cases=[]
for i in range(400000):
    n=random.randint(3,40)
    text="".join(random.choice(ALPHA) for _ in range(n))
    # a deep tail after a random prefix
    text += random.choice(["", "\n", "\n- ", " ", "\nb: "]) + "[[[[1]]]]"
    m=lib_depth(text)
    if m>=1:
        cases.append((m-1,text))
inp="\0".join(f"{l}\1{t}" for l,t in cases)
here=os.path.dirname(os.path.abspath(__file__))
exe=os.path.join(tempfile.mkdtemp(),'driver')
subprocess.run(['rustc','-O','--edition','2024',os.path.join(here,'driver.rs'),'-o',exe],check=True)
out=subprocess.run([exe],input=inp,capture_output=True,text=True).stdout.split('\n')
bad=[(l,t) for (l,t),o in zip(cases,out) if o!='true']
print(len(cases),"cases,",len(bad),"under-counted")
for l,t in bad[:15]: print(repr(t), "libyaml depth", l+1)
