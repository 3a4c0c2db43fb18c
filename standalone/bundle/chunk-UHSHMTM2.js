import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as P,c as S}from"./chunk-OZJM2WHF.js";import"./chunk-5I2KHAFC.js";import{a as v}from"./chunk-HLOPOQG4.js";import"./chunk-6Q354M2A.js";import{a as x}from"./chunk-KNUTCYQW.js";import"./chunk-O5SOVCLR.js";import{b as j}from"./chunk-TJCZLJKO.js";import"./chunk-OWKH4QOK.js";import{a as b,b as $,c as E}from"./chunk-LPYI7VDC.js";import"./chunk-2RY7QQW2.js";import"./chunk-PBGEVNTL.js";import{R as T}from"./chunk-QN7LYRWH.js";import"./chunk-2BS4YTDL.js";import"./chunk-G4ELDVE6.js";import{a as d}from"./chunk-K22DCFET.js";import"./chunk-OOEDKO62.js";import{relative as _}from"node:path";var O=`Usage: mlsys-lint score [paths...] [--trait NAME=VALUE ...] [--rubric] [-f text|json]

The should-use-ML scorer's verdict, points and reasons for each design, or for
traits given on the command line (then no design is read):

  --trait has_patterns=true|false
  --trait data_size=small|medium|large
  --trait rule_complexity=low|high
  --trait needs_generalization=true|false
  --trait needs_interpretability=true|false

Options:
      --rubric             also assess each design against the ML Test Score's 28
                           tests (Breck et al., 2017): planned, not planned, not
                           assessable from a design, or not applicable
  -f, --format text|json   output format (default text)
  -h, --help               show this help
`,R={trait:{type:"string",multiple:!0},rubric:{type:"boolean"},format:{type:"string",short:"f"},help:{type:"boolean",short:"h"}},L={has_patterns:["true","false"],data_size:["small","medium","large"],rule_complexity:["low","high"],needs_generalization:["true","false"],needs_interpretability:["true","false"]};function M(t){let n={};for(let e of t){let[s="",a=""]=e.split("=",2);if(!b.includes(s))throw new d(`--trait: unknown trait \`${s}\`; use one of ${b.join(", ")}`);let r=L[s];if(!r.includes(a))throw new d(`--trait ${s}: value must be one of ${r.join(", ")}; got \`${a}\``);n[s]=a==="true"?!0:a==="false"?!1:a}return n}function A(t,n){let e=[];if(e.push(t.filePath?`${_(n,t.filePath)} (${t.id})`:"traits from the command line"),e.push(`  recommendation: ${t.recommendation} (ML ${t.mlScore} : traditional ${t.traditionalScore})`),typeof t.approach=="string"){let s=t.recommendation==="consider-both"||t.approach==="hybrid"||t.approach===t.recommendation;e.push(`  approach: ${t.approach} (${s?"agrees":"disagrees"})`)}for(let s of t.reasons)e.push(`  ${`${s.favors==="ml"?"ML":"traditional"} +${s.points}`.padEnd(15)} ${s.trait.padEnd(23)} ${s.text}`);if(t.missingTraits.length>0&&e.push(`  missing traits (scored with defaults): ${t.missingTraits.join(", ")}`),t.rubric!==void 0){let{planned:s,assessed:a}=S(t.rubric);e.push(`  ML Test Score rubric: ${s} of ${a} assessable tests planned`);for(let r of t.rubric){let c=r.evidence.length===0?"":` ${r.status==="planned"?"←":"needs"} ${r.evidence.join(r.status==="planned"?", ":" or ")}`;e.push(`    ${`${r.test.section} ${r.test.number}`.padEnd(17)} ${r.status.padEnd(15)} ${r.test.title}${c}`)}}return`${e.join(`
`)}
`}async function N(t,n){let{values:e,positionals:s}=v(t,R,"score");if(e.help)return n.stdout(O),0;let a=e.format??"text";if(a!=="text"&&a!=="json")throw new d(`unknown format \`${a}\` for score; use text or json`);let r=[],c=0;if(e.trait&&e.trait.length>0){if(s.length>0)throw new d("give either paths or --trait flags, not both");if(e.rubric)throw new d("--rubric assesses designs: give paths, not --trait flags");let o=M(e.trait);r.push({filePath:null,id:null,traits:o,...$(o)})}else{let{files:o,missing:p}=await x(s.length>0?s:["designs/"],n.cwd,()=>!1);for(let l of p)n.stderr(`mlsys-lint: ${l}
`);p.length>0&&(c=2);for(let l of o){let i=j(l),u=i.problems.find(g=>g.fatal);if(u){n.stderr(`mlsys-lint: ${_(n.cwd,l)}:${u.range.line}:${u.range.column}: cannot score a design that does not parse
`),c=Math.max(c,1);continue}let m=E(i.data),h=i.data!==null&&typeof i.data=="object"?i.data.approach:void 0;r.push({filePath:l,id:T(l,i.data),traits:m,...$(m),...h!==void 0?{approach:h}:{},...e.rubric?{rubric:P(i.data)}:{}})}}if(a==="json"){let o=r.map(({filePath:p,id:l,traits:i,missingTraits:u,mlScore:m,traditionalScore:h,recommendation:g,reasons:y,rubric:w})=>({filePath:p,id:l,traits:i,missingTraits:u,mlScore:m,traditionalScore:h,recommendation:g,reasons:y,...w===void 0?{}:{rubric:w.map(f=>({section:f.test.section,number:f.test.number,test:f.test.title,status:f.status,evidence:f.evidence}))}}));n.stdout(`${JSON.stringify(o,null,2)}
`)}else n.stdout(r.map(o=>A(o,n.cwd)).join(`
`));return c}export{O as SCORE_HELP,N as default,M as traitsFromFlags};
