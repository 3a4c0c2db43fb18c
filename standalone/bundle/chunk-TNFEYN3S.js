import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as f,c as a}from"./chunk-65CZMUCF.js";import{a as i,b as l}from"./chunk-CGJLLPAQ.js";import"./chunk-OOEDKO62.js";var m={error:"Error",warn:"Warning",info:"Info"},p=n=>{let t=[];for(let s of n)for(let o of s.findings){let c=o.ruleId?` (${o.ruleId})`:"";t.push(`${f(s.filePath)}: line ${o.line}, col ${o.column}, ${m[o.severity]} - ${a(o.message)}${c}`)}let r=i(n),e=r.errors+r.warnings+r.infos;return e===0?"":`${t.join(`
`)}

${l(e,"problem")}
`},g=p;export{p as compact,g as default};
