import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as k,b as x}from"./chunk-HLOPOQG4.js";import{a as E,b as A}from"./chunk-OMZNSY63.js";import{b as C}from"./chunk-447CTLDR.js";import{a as M,c as j,d as B,f as _}from"./chunk-BW53QN7S.js";import{A as L,B as P}from"./chunk-NVTDM23N.js";import{b as R}from"./chunk-BJ6ARXQ3.js";import{a as h}from"./chunk-K22DCFET.js";import{availableParallelism as J}from"node:os";import{resolve as v}from"node:path";var I={stylish:()=>import("./chunk-OIE34D5Z.js"),json:()=>import("./chunk-EA7TN52Q.js"),compact:()=>import("./chunk-TNFEYN3S.js"),sarif:()=>import("./chunk-NB74CZEP.js"),github:()=>import("./chunk-OAJND6NV.js"),junit:()=>import("./chunk-BIZFG244.js"),markdown:()=>import("./chunk-VKZOSKGA.js"),gitlab:()=>import("./chunk-ZKHUKB7L.js")},F=Object.keys(I);async function N(r){let e=Object.prototype.hasOwnProperty.call(I,r)?I[r]:void 0;return e?(await e()).default:void 0}function U(r,e,t,o){let n=r.frame(e,t);if(n===void 0)return"";let s=[],f=!1;for(let a=0;a<e.length;a++){let m=o[a]??r.piece(e[a],t);m.length!==0&&(s.push(m),typeof m!="string"&&(f=!0))}if(!f)return`${n.head}${s.join(n.separator)}${n.tail}`;let d=Buffer.from(n.separator),b=Buffer.byteLength(n.head)+d.length*(s.length-1)+Buffer.byteLength(n.tail);for(let a of s)b+=typeof a=="string"?Buffer.byteLength(a):a.length;let p=Buffer.allocUnsafe(b),u=p.write(n.head,0);for(let a=0;a<s.length;a++){a>0&&(p.set(d,u),u+=d.length);let m=s[a];typeof m=="string"?u+=p.write(m,u):(p.set(m,u),u+=m.length)}return p.write(n.tail,u),p}import{readFileSync as Z}from"node:fs";function q(){let r=new Map;return(e,t)=>{if(!r.has(e)){let o;try{o=Z(e,"utf8").split(/\r?\n|\r/)}catch{o=void 0}r.set(e,o)}return r.get(e)?.[t-1]}}import{execFileSync as G}from"node:child_process";function D(r){try{let e=G("git",["rev-parse","--show-toplevel"],{cwd:r,encoding:"utf8",stdio:["ignore","pipe","ignore"],timeout:1e4}).trim();return e===""?r:e}catch{return r}}var Q=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${F.join(", ")}
                            Repeat to write several formats in one run; NAME:FILE
                            writes that format to FILE, e.g.
                              -f github -f sarif:out.sarif
  -o, --output FILE         write the (first) format without :FILE to FILE instead
                            of standard output, atomically
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
`,ee={format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},config:{type:"string",short:"c"},"no-config":{type:"boolean"},rule:{type:"string",multiple:!0},"report-unused-disable-directives":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},"max-file-size":{type:"string"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},te=".mlsys-lint-baseline.json";function ne(r,e){let t=(r&&r.length>0?r:["stylish"]).map(o=>{let n=o.indexOf(":"),s=n===-1?o:o.slice(0,n),f=n===-1?void 0:o.slice(n+1);if(!F.includes(s)){let d=R(s,F);throw new h(`unknown format \`${s}\`; use one of ${F.join(", ")}${d?` (did you mean \`${d}\`?)`:""}`)}if(f==="")throw new h(`-f ${s}: needs a file name after the colon`);return f===void 0?{format:s}:{format:s,file:f}});if(e!==void 0){let o=t.find(n=>n.file===void 0);if(!o)throw new h("-o/--output has no format to write: every -f already names its file");o.file=e}return t}function re(r){let e=new Map;for(let t of r??[]){let o=t.lastIndexOf(":"),n=o===-1?t:t.slice(0,o),s=o===-1?void 0:M(t.slice(o+1));if(!P(n)){let f=R(n,L.map(d=>d.id));throw new h(`--rule: unknown rule \`${n}\`${f?`; did you mean \`${f}\`?`:""}`)}if(!s)throw new h(`--rule ${t}: write ID:SEVERITY with SEVERITY one of off, info, warn, error`);e.set(n,s)}return e}function oe(r){return r.map(e=>({...e,findings:e.findings.filter(t=>t.severity==="error"),warningCount:0,infoCount:0}))}function ie(r){let e=new Map;for(let{formatter:t,context:o}of r){let n=t.piecewise;n&&e.set(n.pieceKey(o),{key:n.pieceKey(o),piece:s=>n.piece(s,o)})}return[...e.values()]}async function se(r,e){let{values:t,positionals:o}=k(r,ee,"lint");if(t.help)return e.stdout(Q),0;let n=x(t["max-warnings"],"--max-warnings"),s=x(t["max-file-size"],"--max-file-size")??5242880,f=x(t.concurrency,"--concurrency")??J();if(f<1)throw new h("--concurrency needs at least 1");let d=ne(t.format,t.output),b=re(t.rule),p=t["write-baseline"]===!0,u=t.baseline??(p?te:void 0),a=u&&!p?B(v(e.cwd,u)):void 0,m=t["no-color"]?!1:t.color?!0:void 0,V=new Date,Y=performance.now(),K=d.some(i=>i.format==="sarif")?D(e.cwd):e.cwd,W=q(),O=await Promise.all(d.map(async i=>{let l=i.file===void 0?A(m,e):m===!0,g=i.file===void 0&&e.stdoutIsTTY?e.columns:void 0,y={cwd:e.cwd,color:l,rules:L,toolVersion:E(),startedAt:V,sourceRoot:K,sourceLine:W};return g!==void 0&&(y.width=g),n!==void 0&&(y.maxWarnings=n),{target:i,formatter:await N(i.format),context:y}})),$=t.cache&&!t.quiet&&!p?ie(O):[],c=await _(o.length>0?o:["designs/"],{cwd:e.cwd,useConfigFiles:t["no-config"]!==!0,...t.config?{configFile:t.config}:{},cliRules:b,reportUnusedDisableDirectives:t["report-unused-disable-directives"]===!0,...a?{baseline:a}:{},maxFileSize:s,concurrency:f,cache:t.cache===!0,...t["cache-location"]?{cacheLocation:t["cache-location"]}:{},toolVersion:E(),...$.length>0?{pieces:$}:{}});for(let i of c.missing)e.stderr(`mlsys-lint: ${i}
`);for(let i of c.warnings)e.stderr(`mlsys-lint: warning: ${i}
`);if(p){let i=v(e.cwd,u);C(i,j(c.results,i));let l=c.results.reduce((g,y)=>g+y.errorCount+y.warningCount,0);return e.stderr(`mlsys-lint: recorded ${l} finding${l===1?"":"s"} in ${u}
`),c.missing.length>0||c.crashes.length>0?2:0}let w=t.quiet?oe(c.results):c.results,H=performance.now()-Y;for(let{target:i,formatter:l,context:g}of O){g.elapsedMs=H;let y=l.piecewise&&w===c.results?c.pieces?.get(l.piecewise.pieceKey(g)):void 0,T=y?U(l.piecewise,w,g,y):l(w,g);i.file===void 0?e.stdout(T):C(v(e.cwd,i.file),T)}for(let i of c.crashes)e.stderr(`mlsys-lint: ${i.message}
`),t.debug&&i.original instanceof Error&&i.original.stack&&e.stderr(`${i.original.stack}
`);if(c.crashes.length>0||c.missing.length>0)return 2;let X=w.reduce((i,l)=>i+l.errorCount,0),S=w.reduce((i,l)=>i+l.warningCount,0);return X>0?1:n!==void 0&&S>n?(e.stderr(`mlsys-lint: too many warnings (${S}); at most ${n} allowed (--max-warnings)
`),1):0}export{Q as a,te as b,ne as c,re as d,se as e};
