import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as i,b as l}from"./chunk-CGJLLPAQ.js";import"./chunk-OOEDKO62.js";var a={error:"Error",warn:"Warning",info:"Info"},c=n=>{let t=[];for(let s of n)for(let r of s.findings){let f=r.ruleId?` (${r.ruleId})`:"";t.push(`${s.filePath}: line ${r.line}, col ${r.column}, ${a[r.severity]} - ${r.message.replace(/\s*\n\s*/g," ")}${f}`)}let o=i(n),e=o.errors+o.warnings+o.infos;return e===0?"":`${t.join(`
`)}

${l(e,"problem")}
`},m=c;export{c as compact,m as default};
