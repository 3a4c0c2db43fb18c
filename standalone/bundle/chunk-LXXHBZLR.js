import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as ie,b as P}from"./chunk-QUAHE5MJ.js";import{a as le,b as fe}from"./chunk-UBNZF5M6.js";import{b as oe,c as se}from"./chunk-AUDFIRN6.js";import{a as te}from"./chunk-5I2KHAFC.js";import{a as re,b as j}from"./chunk-HLOPOQG4.js";import{b as ne}from"./chunk-2VO2L2CS.js";import{a as B,b as V}from"./chunk-K2JL3DC4.js";import{b as N}from"./chunk-HYWQYV3K.js";import{c as S,d as ee,e as A}from"./chunk-TJCZLJKO.js";import{j as J,m as K,n as Q,o as I}from"./chunk-2RY7QQW2.js";import{V as O,f as C,g as Y,h as Z}from"./chunk-QN7LYRWH.js";import{b as M}from"./chunk-2BS4YTDL.js";import{a as c}from"./chunk-K22DCFET.js";import{availableParallelism as Pe}from"node:os";import{resolve as xe}from"node:path";var D={stylish:()=>import("./chunk-YSJNYJD7.js"),json:()=>import("./chunk-7NPQDNAE.js"),compact:()=>import("./chunk-TNFEYN3S.js"),sarif:()=>import("./chunk-WXLCE4OQ.js"),github:()=>import("./chunk-RD67FGVY.js"),junit:()=>import("./chunk-KYCDZRZT.js"),markdown:()=>import("./chunk-OIWKMHC2.js"),gitlab:()=>import("./chunk-5UOCPPS4.js")},T=Object.keys(D);async function ae(e){let t=Object.prototype.hasOwnProperty.call(D,e)?D[e]:void 0;return t?(await t()).default:void 0}import{readFileSync as ke}from"node:fs";function ue(e,t,n){if(t===n)return"";let i=Ee(de(t),de(n)),r=[],o=0;for(;o<i.length;){if(i[o].kind===" "){o++;continue}let f=Math.max(0,o-3),s=o,d=o;for(;s<i.length&&s-d<=6;)i[s].kind!==" "&&(d=s),s++;s=Math.min(i.length,d+3+1),r.push(Te(i,f,s)),o=s}return`--- a/${e}
+++ b/${e}
${r.join("")}`}function Te(e,t,n){let i=1,r=1;for(let a=0;a<t;a++)e[a].kind!=="+"&&i++,e[a].kind!=="-"&&r++;let o=e.slice(t,n),f=o.filter(a=>a.kind!=="+").length,s=o.filter(a=>a.kind!=="-").length,d=(a,p)=>`${p===0?a-1:a}${p===1?"":`,${p}`}`,x=o.map(a=>`${a.kind}${a.text}${a.text.endsWith(`
`)?"":`
\\ No newline at end of file
`}`).join("");return`@@ -${d(i,f)} +${d(r,s)} @@
${x}`}var de=e=>e.match(/[^\n]*\n|[^\n]+$/g)??[];function Ee(e,t){let n=0;for(;n<e.length&&n<t.length&&e[n]===t[n];)n++;let i=0;for(;i<e.length-n&&i<t.length-n&&e[e.length-1-i]===t[t.length-1-i];)i++;let r=e.slice(n,e.length-i),o=t.slice(n,t.length-i),f=s=>({kind:" ",text:s});return[...e.slice(0,n).map(f),...$e(r,o),...e.slice(e.length-i).map(f)]}function $e(e,t){if(e.length*t.length>25e6||e.length===0||t.length===0)return[...e.map(s=>({kind:"-",text:s})),...t.map(s=>({kind:"+",text:s}))];let n=t.length+1,i=new Uint32Array((e.length+1)*n);for(let s=e.length-1;s>=0;s--)for(let d=t.length-1;d>=0;d--)i[s*n+d]=e[s]===t[d]?i[(s+1)*n+d+1]+1:Math.max(i[(s+1)*n+d],i[s*n+d+1]);let r=[],o=0,f=0;for(;o<e.length&&f<t.length;)e[o]===t[f]?(r.push({kind:" ",text:e[o++]}),f++):i[(o+1)*n+f]>=i[o*n+f+1]?r.push({kind:"-",text:e[o++]}):r.push({kind:"+",text:t[f++]});for(;o<e.length;)r.push({kind:"-",text:e[o++]});for(;f<t.length;)r.push({kind:"+",text:t[f++]});return r}var ce="\uFEFF";function pe(e,t,n,{dryRun:i,baseline:r,cwd:o}){let f="",s=0,d=0;return{results:e.map(a=>{if(!a.findings.some(b=>b.fix&&n(b)))return a;let p=ke(a.filePath),h=p.toString("utf8");if(!Buffer.from(h,"utf8").equals(p))return a;let E=h.startsWith(ce)?ce:"",F=h.slice(E.length),$=b=>U(S(b,a.filePath,t).result,r),w=P(F,$,n,$(F));return w.applied===0?a:(s++,d+=w.applied,i?f+=ue(ne(o,a.filePath),F,w.text):N(a.filePath,E+w.text),w.result)}),diff:f,files:s,fixes:d}}function U(e,t){if(!t)return e;let n=I(e.findings,e.filePath,t,new Map);return n.length===e.findings.length?e:A(e.filePath,n,e.checkedRules)}import{resolve as me}from"node:path";var y="-";async function v(e,t,n){if(t!==y)N(me(e.cwd,t),n);else if(typeof n=="string"||n instanceof Uint8Array)e.stdout(n);else for(let i of n)e.stdout(i)===!1&&e.drained&&await e.drained()}function q(e,t,n){return t===void 0||t===y?void 0:{label:e,path:me(n.cwd,t)}}import{resolve as Ce}from"node:path";var X="<stdin>";async function he(){let e=[];for await(let t of process.stdin)e.push(t);return Buffer.concat(e)}function ge(e,t,n){let i=Ce(n.cwd,t);if(new J(n.rules??O,n).isIgnored(i))return{results:[],crashes:[],warnings:[`\`${t}\`: File ignored because of a matching ignore pattern (\`ignore\` in the config file)`]};let r=e.length>n.maxFileSize?{problem:`standard input is ${e.length} bytes, more than the limit of ${n.maxFileSize} (--max-file-size)`}:C(e),o="problem"in r?Y(i,r.problem):Z(i,r.text);return{...ee([o],n),warnings:[]}}import{readFileSync as Ie}from"node:fs";function ye(){let e=new Map;return(t,n)=>{if(!e.has(t)){let i;try{i=Ie(t,"utf8").split(/\r?\n|\r/)}catch{i=void 0}e.set(t,i)}return e.get(t)?.[n-1]}}import{createRequire as Se}from"node:module";var Ae=Se(import.meta.url);function we(e){try{let{execFileSync:t}=Ae("node:child_process"),n=t("git",["rev-parse","--show-toplevel"],{cwd:e,encoding:"utf8",stdio:["ignore","pipe","ignore"],timeout:1e4}).trim();return n===""?e:n}catch{return e}}var _e=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Input:
      --stdin               lint the design on standard input instead of paths
      --stdin-filename PATH lint standard input as if it were the file PATH: its
                            config, overrides and ignore globs apply, and findings
                            name it (default ${X})

Fixing (docs/fixes.md):
      --fix                 apply the safe fixes and write the files in place,
                            atomically; then report what remains
      --fix-dry-run         apply them without writing: print a unified diff of
                            each file that would change (with --stdin, the fixed
                            text) instead of the report on standard output
      --fix-type GROUP,...  fix only rules of these groups (the part of the rule
                            id before /: schema, serving, ...)

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${T.join(", ")}
                            Repeat to write several formats in one run; NAME:FILE
                            writes that format to FILE, e.g.
                              -f github -f sarif:out.sarif
  -o, --output FILE         write the (first) format without :FILE to FILE instead
                            of standard output, atomically (- is standard output)
      --quiet               report errors only
      --max-warnings N      exit 1 when there are more than N warnings
      --color, --no-color   force colour on or off (default: on for a terminal,
                            honouring NO_COLOR and FORCE_COLOR)

Configuration:
  -c, --config FILE         use this config file instead of searching for one
      --no-config           ignore config files: recommended preset only
      --rule ID:SEVERITY    set a rule's severity (off, info, warn, error);
                            repeatable, wins over config files
      --report-unused-disable-directives
                            report inline directives that suppressed nothing
      --baseline FILE       leave out findings recorded in FILE
      --write-baseline      record today's findings in the baseline file
                            (--baseline FILE, default .mlsys-lint-baseline.json)
      --max-file-size BYTES refuse larger files with a finding (default ${5242880})

Speed:
      --cache               skip files unchanged since the last run (content
                            hash, configuration and tool version)
      --cache-location PATH where to keep the cache: a folder or a file
                            (default node_modules/.cache/mlsys-lint/)
      --concurrency N       threads to lint with when there are many files
                            (default: the number of cores; 1 for none)

Other:
      --debug               show stack traces for internal errors
  -h, --help                show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error,
unreadable path, invalid configuration or internal error.
`,Be={...le,stdin:{type:"boolean"},"stdin-filename":{type:"string"},fix:{type:"boolean"},"fix-dry-run":{type:"boolean"},"fix-type":{type:"string",multiple:!0},format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},Fe=".mlsys-lint-baseline.json";function Me(e,t){let n=(e&&e.length>0?e:["stylish"]).map(i=>{let r=i.indexOf(":"),o=r===-1?i:i.slice(0,r),f=r===-1?void 0:i.slice(r+1);if(!T.includes(o)){let s=M(o,T);throw new c(`unknown format \`${o}\`; use one of ${T.join(", ")}${s?` (did you mean \`${s}\`?)`:""}`)}if(f==="")throw new c(`-f ${o}: needs a file name after the colon`);return f===void 0?{format:o}:{format:o,file:f}});if(t!==void 0){let i=n.find(r=>r.file===void 0);if(!i)throw new c("-o/--output has no format to write: every -f already names its file");i.file=t}return n}function je(e){return e.map(t=>({...t,findings:t.findings.filter(n=>n.severity==="error"),warningCount:0,infoCount:0}))}function De(e,t){let n=e["stdin-filename"];if(!e.stdin){if(n!==void 0)throw new c("--stdin-filename needs --stdin");return}if(t.length>0)throw new c(`--stdin lints standard input: give no paths (got \`${t[0]}\`), or name the file it stands for with --stdin-filename`);if(e.cache)throw new c("--cache has nothing to keep with --stdin: standard input is linted every time");if(e["write-baseline"])throw new c("--write-baseline records the findings of files: not available with --stdin");if(n==="")throw new c("--stdin-filename needs a file name");return{filePath:n??X}}function Ue(e,t){return{results:t?e.results.map(i=>{let r=I(i.findings,i.filePath,t,new Map);return r.length===i.findings.length?i:A(i.filePath,r,i.checkedRules)}):e.results,crashes:e.crashes,rules:O,missing:[],warnings:e.warnings}}function ve(e,t,n,i){let r=C(e),o=Buffer.from(e.buffer,e.byteOffset,e.byteLength).toString("utf8");if(t===void 0||"problem"in r||!Buffer.from(o,"utf8").equals(e))return{output:e};let f=o.startsWith("\uFEFF")?"\uFEFF":"",s=P(r.text,n,i,t);return{output:f+s.text,result:s.result}}function qe(e){let t=e["fix-type"]?.flatMap(n=>n.split(",")).map(n=>n.trim());if(!e.fix&&!e["fix-dry-run"]){if(t!==void 0)throw new c("--fix-type needs --fix or --fix-dry-run");return}if(e.fix&&e["fix-dry-run"])throw new c("--fix and --fix-dry-run exclude each other: --fix writes the files, --fix-dry-run only shows the changes");if(e.fix&&e.stdin)throw new c("--fix writes files: standard input has none; use --fix-dry-run to print the fixed text");if(e["write-baseline"])throw new c("--write-baseline records the findings as they are: fix first, then record them");if(t?.some(n=>n===""))throw new c("--fix-type needs rule groups, e.g. --fix-type schema,serving");return{dryRun:e["fix-dry-run"]===!0,...t?{groups:t}:{}}}function Xe(e,t){let n=[...new Set(t.map(i=>i.id.split("/")[0]))];for(let i of e??[]){if(n.includes(i))continue;let r=M(i,n);throw new c(`--fix-type: unknown rule group \`${i}\`${r?`; did you mean \`${r}\`?`:`; groups are ${n.join(", ")}`}`)}return ie(e)}async function We(e,t){let{values:n,positionals:i}=re(e,Be,"lint");if(n.help)return t.stdout(_e),0;let r=j(n["max-warnings"],"--max-warnings"),o=fe(n,t.cwd),f=De(n,i),s=qe(n),d=j(n.concurrency,"--concurrency")??Pe();if(d<1)throw new c("--concurrency needs at least 1");let x=Me(n.format,n.output),a=n["write-baseline"]===!0,p=n.baseline??(a?Fe:void 0);if(n["cache-location"]===y)throw new c("--cache-location: the cache cannot be standard output; give a folder or a file");if(p===y&&!a)throw new c("--baseline: give the baseline file to read (- is standard output, for --write-baseline only)");let h=p&&!a?Q(xe(t.cwd,p)):void 0,E=a?[q("the baseline being written",p,t)]:x.map(l=>q(`the -f ${l.format} output`,l.file,t)),F=n["no-color"]?!1:n.color?!0:void 0,$=new Date,w=process.hrtime.bigint(),b=x.some(l=>l.format==="sarif")?we(t.cwd):t.cwd,be=ye(),W=await Promise.all(x.map(async l=>{let u=l.file===void 0||l.file===y,g=u?V(F,t):F===!0,L=u&&t.stdoutIsTTY?t.columns:void 0,_={cwd:t.cwd,color:g,rules:O,toolVersion:B(),startedAt:$,sourceRoot:b,sourceLine:be};return L!==void 0&&(_.width=L),r!==void 0&&(_.maxWarnings=r),{target:l,formatter:await ae(l.format),context:_}})),Re=n.cache===!0&&s===void 0,G=f?await(t.stdin??he)():void 0,m=f?Ue(ge(G,f.filePath,o),h):await te(i.length>0?i:["designs/"],{...o,...h?{baseline:h}:{},concurrency:d,cache:Re,...n["cache-location"]?{cacheLocation:n["cache-location"]}:{},toolVersion:B(),outputs:E.filter(l=>l!==void 0)});for(let l of m.missing)t.stderr(`mlsys-lint: ${l}
`);for(let l of m.warnings)t.stderr(`mlsys-lint: warning: ${l}
`);let z=oe(o.cliRules,m.rules);if(z.length>0){for(let l of z)t.stderr(`mlsys-lint: ${se(l)}
`);return 2}if(a){let l=xe(t.cwd,p===y?Fe:p);await v(t,p,K(m.results,l));let u=m.results.reduce((g,L)=>g+L.errorCount+L.warningCount,0);return t.stderr(`mlsys-lint: recorded ${u} finding${u===1?"":"s"} in ${p}
`),m.missing.length>0||m.crashes.length>0?2:0}let R=m.results;if(s){let l=Xe(s.groups,m.rules);if(f){let u=ve(G,R[0],g=>U(S(g,f.filePath,o).result,h),l);t.stdout(u.output),u.result&&(R=[u.result])}else{let u=pe(R,o,l,{dryRun:s.dryRun,baseline:h,cwd:t.cwd});s.dryRun&&t.stdout(u.diff),R=u.results}}let k=n.quiet?je(R):R,Le=Number(process.hrtime.bigint()-w)/1e6;for(let l of W)l.context.rules=m.rules;for(let{target:l,formatter:u,context:g}of W)g.elapsedMs=Le,!(s?.dryRun&&(l.file===void 0||l.file===y))&&await v(t,l.file??y,u.parts?u.parts(k,g):u(k,g));for(let l of m.crashes)t.stderr(`mlsys-lint: ${l.message}
`),n.debug&&l.original instanceof Error&&l.original.stack&&t.stderr(`${l.original.stack}
`);if(m.crashes.length>0||m.missing.length>0)return 2;let Oe=k.reduce((l,u)=>l+u.errorCount,0),H=k.reduce((l,u)=>l+u.warningCount,0);return Oe>0?1:r!==void 0&&H>r?(t.stderr(`mlsys-lint: too many warnings (${H}); at most ${r} allowed (--max-warnings)
`),1):0}export{y as a,v as b,q as c,_e as d,Fe as e,Me as f,We as g};
