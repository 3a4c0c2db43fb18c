import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function t(n){let r={errors:0,warnings:0,infos:0,fatal:0};for(let o of n)r.errors+=o.errorCount,r.warnings+=o.warningCount,r.infos+=o.infoCount,r.fatal+=o.fatalErrorCount;return r}var e=(n,r)=>`${n} ${r}${n===1?"":"s"}`,s={error:"error",warn:"warning",info:"info"};export{t as a,e as b,s as c};
