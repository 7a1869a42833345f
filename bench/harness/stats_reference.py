# Reference values for tests/unit/test_bench_stats.cpp, computed independently with
# Python's statistics module and mpmath (50 digits).
import statistics, itertools, math
import mpmath as mp
mp.mp.dps = 50
a = [1.02, 0.98, 1.05, 1.01, 0.97, 1.03, 0.99, 1.00, 1.04, 0.96]
b = [2.01, 1.97, 2.05, 2.02, 1.99, 2.03, 1.96, 2.00, 2.04, 1.98, 2.06, 1.95]
def tcdf(t, df):
    df = mp.mpf(df); t = mp.mpf(t)
    x = df/(df+t*t)
    tail = mp.betainc(df/2, mp.mpf(1)/2, 0, x, regularized=True)/2
    return 1-tail if t > 0 else tail
def tq(p, df):
    return mp.findroot(lambda t: tcdf(t, df)-p, 2)
print("mean a", repr(statistics.mean(a)), "stdev a", repr(statistics.stdev(a)), "median a", repr(statistics.median(a)))
print("median b", repr(statistics.median(b)))
print("tcdf(1.5,7)", mp.nstr(tcdf(1.5,7),17), "tcdf(-2.2,3.5)", mp.nstr(tcdf(-2.2,3.5),17))
print("tq(0.975,9)", mp.nstr(tq(0.975,9),17), "tq(0.995,2)", mp.nstr(tq(0.995,2),17), "tq(0.975,1)", mp.nstr(tq(0.975,1),17))
ma = mp.mpf(statistics.mean(a)); sa = mp.mpf(statistics.stdev(a)); n=len(a)
h = tq(0.975, n-1)*sa/mp.sqrt(n)
print("ci a", mp.nstr(ma-h,17), mp.nstr(ma+h,17))
# Welch: a2 vs a
a2 = [x+0.02 for x in a[:8]]
def welch(x, y):
    mx, my = mp.mpf(statistics.mean(x)), mp.mpf(statistics.mean(y))
    vx, vy = mp.mpf(statistics.variance(x))/len(x), mp.mpf(statistics.variance(y))/len(y)
    t = (mx-my)/mp.sqrt(vx+vy)
    df = (vx+vy)**2/(vx**2/(len(x)-1)+vy**2/(len(y)-1))
    return t, df, 2*tcdf(-abs(t), df)
t, df, p = welch(a2, a); print("welch a2 a", mp.nstr(t,17), mp.nstr(df,17), mp.nstr(p,17))
t, df, p = welch(a, b); print("welch a b", mp.nstr(t,17), mp.nstr(df,17), mp.nstr(p,17))
# Mann-Whitney exact by enumeration
def mw_exact(x, y):
    pooled = sorted(x+y); n1=len(x)
    rank = {v:i+1 for i,v in enumerate(pooled)}
    u1 = sum(rank[v] for v in x) - n1*(n1+1)/2
    u = max(u1, n1*len(y)-u1)
    cnt = tot = 0
    for comb in itertools.combinations(range(1, len(pooled)+1), n1):
        uu = sum(comb) - n1*(n1+1)/2
        tot += 1
        if uu >= u: cnt += 1
    return u1, min(1, 2*cnt/tot)
x = [1.1, 2.3, 0.7, 3.9, 2.8]; y = [3.1, 4.5, 2.9, 5.2, 3.7, 4.8, 6.0]
print("mw exact", mw_exact(x, y))
# asymptotic with ties (n1, n2 >= 8)
x = [1,2,2,3,4,5,5,5,6,7]; y = [3,4,4,5,6,7,8,8,9,9,10]
def mw_asym(x, y):
    pooled = sorted(x+y); n = len(pooled); n1, n2 = len(x), len(y)
    ranks = {}
    i = 0
    tie = 0
    while i < n:
        j = i
        while j+1 < n and pooled[j+1] == pooled[i]: j += 1
        ranks[pooled[i]] = mp.mpf(i+j)/2+1
        t = j-i+1; tie += t**3-t
        i = j+1
    u1 = sum(ranks[v] for v in x) - mp.mpf(n1*(n1+1))/2
    u = max(u1, n1*n2-u1)
    mu = mp.mpf(n1*n2)/2
    s = mp.sqrt(mp.mpf(n1*n2)/12*((n+1) - mp.mpf(tie)/(n*(n-1))))
    z = (u-mu-mp.mpf(1)/2)/s
    return u1, 2*(1-mp.ncdf(z))
u1, p = mw_asym(x, y); print("mw asym", mp.nstr(u1,17), mp.nstr(p,17))
# Fieller: ratio mean(b)/mean(a)
mb, sb = mp.mpf(statistics.mean(b)), mp.mpf(statistics.stdev(b))
vn, vd = sb**2/len(b), sa**2/len(a)
df = (vn+vd)**2/(vn**2/(len(b)-1)+vd**2/(len(a)-1))
t = tq(0.975, df)
A = ma**2 - t**2*vd
disc = ma**2*vn + mb**2*vd - t**2*vn*vd
lo = (mb*ma - t*mp.sqrt(disc))/A; hi = (mb*ma + t*mp.sqrt(disc))/A
r = mb/ma
print("fieller", mp.nstr(r,17), mp.nstr(lo,17), mp.nstr(hi,17), "prop sd", mp.nstr(r*mp.sqrt((sb/mb)**2+(sa/ma)**2),17))
# modified z-scores
z = [1.0, 1.1, 0.9, 1.05, 5.0]
med = statistics.median(z); mad = statistics.median([abs(v-med) for v in z])
print("mz", [repr((v-med)/(1.4826*mad)) for v in z])
print("ncdf(1.96)", mp.nstr(mp.ncdf(1.96),17))
