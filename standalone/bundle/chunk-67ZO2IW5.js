import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as W,c as Y}from"./chunk-PX5C3MPN.js";import{a as H}from"./chunk-OVZ5LP7X.js";import{a as V,b as O}from"./chunk-HLOPOQG4.js";import{a as I,b as v}from"./chunk-K2JL3DC4.js";import{b as z}from"./chunk-Z3WQFD2H.js";import{c as U,d as q}from"./chunk-7JHRCNXH.js";import{j,m as M,n as B,o as D}from"./chunk-P6FOCCKU.js";import{O as w,a as N,b as _,c as P}from"./chunk-MHYWDQFL.js";import{b as k}from"./chunk-M4WRAM5I.js";import{a}from"./chunk-K22DCFET.js";import{availableParallelism as me}from"node:os";import{resolve as ee}from"node:path";var E={stylish:()=>import("./chunk-FRJOOTXE.js"),json:()=>import("./chunk-XABYELDD.js"),compact:()=>import("./chunk-TNFEYN3S.js"),sarif:()=>import("./chunk-S7WY2SDF.js"),github:()=>import("./chunk-RD67FGVY.js"),junit:()=>import("./chunk-QHVVRRPL.js"),markdown:()=>import("./chunk-KDFEPFHG.js"),gitlab:()=>import("./chunk-5UOCPPS4.js")},y=Object.keys(E);async function G(n){let e=Object.prototype.hasOwnProperty.call(E,n)?E[n]:void 0;return e?(await e()).default:void 0}import{resolve as X}from"node:path";var c="-";function L(n,e,t){e===c?n.stdout(t):z(X(n.cwd,e),t)}function S(n,e,t){return e===void 0||e===c?void 0:{label:n,path:X(t.cwd,e)}}import{resolve as de}from"node:path";var T="<stdin>";async function Z(){let n=[];for await(let e of process.stdin)n.push(e);return Buffer.concat(n)}function J(n,e,t){let o=de(t.cwd,e);if(new j(t.rules??w,t).isIgnored(o))return{results:[],crashes:[],warnings:[`\`${e}\`: File ignored because of a matching ignore pattern (\`ignore\` in the config file)`]};let i=n.length>t.maxFileSize?{problem:`standard input is ${n.length} bytes, more than the limit of ${t.maxFileSize} (--max-file-size)`}:N(n),l="problem"in i?_(o,i.problem):P(o,i.text);return{...U([l],t),warnings:[]}}import{readFileSync as fe}from"node:fs";function K(){let n=new Map;return(e,t)=>{if(!n.has(e)){let o;try{o=fe(e,"utf8").split(/\r?\n|\r/)}catch{o=void 0}n.set(e,o)}return n.get(e)?.[t-1]}}import{createRequire as ce}from"node:module";var ue=ce(import.meta.url);function Q(n){try{let{execFileSync:e}=ue("node:child_process"),t=e("git",["rev-parse","--show-toplevel"],{cwd:n,encoding:"utf8",stdio:["ignore","pipe","ignore"],timeout:1e4}).trim();return t===""?n:t}catch{return n}}var ge=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Input:
      --stdin               lint the design on standard input instead of paths
      --stdin-filename PATH lint standard input as if it were the file PATH: its
                            config, overrides and ignore globs apply, and findings
                            name it (default ${T})

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${y.join(", ")}
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
`,he={...W,stdin:{type:"boolean"},"stdin-filename":{type:"string"},format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},te=".mlsys-lint-baseline.json";function we(n,e){let t=(n&&n.length>0?n:["stylish"]).map(o=>{let i=o.indexOf(":"),l=i===-1?o:o.slice(0,i),u=i===-1?void 0:o.slice(i+1);if(!y.includes(l)){let m=k(l,y);throw new a(`unknown format \`${l}\`; use one of ${y.join(", ")}${m?` (did you mean \`${m}\`?)`:""}`)}if(u==="")throw new a(`-f ${l}: needs a file name after the colon`);return u===void 0?{format:l}:{format:l,file:u}});if(e!==void 0){let o=t.find(i=>i.file===void 0);if(!o)throw new a("-o/--output has no format to write: every -f already names its file");o.file=e}return t}function ye(n){return n.map(e=>({...e,findings:e.findings.filter(t=>t.severity==="error"),warningCount:0,infoCount:0}))}function be(n,e){let t=n["stdin-filename"];if(!n.stdin){if(t!==void 0)throw new a("--stdin-filename needs --stdin");return}if(e.length>0)throw new a(`--stdin lints standard input: give no paths (got \`${e[0]}\`), or name the file it stands for with --stdin-filename`);if(n.cache)throw new a("--cache has nothing to keep with --stdin: standard input is linted every time");if(n["write-baseline"])throw new a("--write-baseline records the findings of files: not available with --stdin");if(t==="")throw new a("--stdin-filename needs a file name");return{filePath:t??T}}function Fe(n,e){return{results:e?n.results.map(o=>{let i=D(o.findings,o.filePath,e,new Map);return i.length===o.findings.length?o:{...q(o.filePath,i),...o.checkedRules?{checkedRules:o.checkedRules}:{}}}):n.results,crashes:n.crashes,rules:w,missing:[],warnings:n.warnings}}async function xe(n,e){let{values:t,positionals:o}=V(n,he,"lint");if(t.help)return e.stdout(ge),0;let i=O(t["max-warnings"],"--max-warnings"),l=Y(t,e.cwd),u=be(t,o),m=O(t.concurrency,"--concurrency")??me();if(m<1)throw new a("--concurrency needs at least 1");let b=we(t.format,t.output),g=t["write-baseline"]===!0,f=t.baseline??(g?te:void 0);if(t["cache-location"]===c)throw new a("--cache-location: the cache cannot be standard output; give a folder or a file");if(f===c&&!g)throw new a("--baseline: give the baseline file to read (- is standard output, for --write-baseline only)");let F=f&&!g?B(ee(e.cwd,f)):void 0,ne=g?[S("the baseline being written",f,e)]:b.map(r=>S(`the -f ${r.format} output`,r.file,e)),C=t["no-color"]?!1:t.color?!0:void 0,re=new Date,oe=performance.now(),ie=b.some(r=>r.format==="sarif")?Q(e.cwd):e.cwd,se=K(),A=await Promise.all(b.map(async r=>{let d=r.file===void 0||r.file===c,p=d?v(C,e):C===!0,h=d&&e.stdoutIsTTY?e.columns:void 0,R={cwd:e.cwd,color:p,rules:w,toolVersion:I(),startedAt:re,sourceRoot:ie,sourceLine:se};return h!==void 0&&(R.width=h),i!==void 0&&(R.maxWarnings=i),{target:r,formatter:await G(r.format),context:R}})),s=u?Fe(J(await(e.stdin??Z)(),u.filePath,l),F):await H(o.length>0?o:["designs/"],{...l,...F?{baseline:F}:{},concurrency:m,cache:t.cache===!0,...t["cache-location"]?{cacheLocation:t["cache-location"]}:{},toolVersion:I(),outputs:ne.filter(r=>r!==void 0)});for(let r of s.missing)e.stderr(`mlsys-lint: ${r}
`);for(let r of s.warnings)e.stderr(`mlsys-lint: warning: ${r}
`);if(g){let r=ee(e.cwd,f===c?te:f);L(e,f,M(s.results,r));let d=s.results.reduce((p,h)=>p+h.errorCount+h.warningCount,0);return e.stderr(`mlsys-lint: recorded ${d} finding${d===1?"":"s"} in ${f}
`),s.missing.length>0||s.crashes.length>0?2:0}let x=t.quiet?ye(s.results):s.results,ae=performance.now()-oe;for(let r of A)r.context.rules=s.rules;for(let{target:r,formatter:d,context:p}of A)p.elapsedMs=ae,L(e,r.file??c,d(x,p));for(let r of s.crashes)e.stderr(`mlsys-lint: ${r.message}
`),t.debug&&r.original instanceof Error&&r.original.stack&&e.stderr(`${r.original.stack}
`);if(s.crashes.length>0||s.missing.length>0)return 2;let le=x.reduce((r,d)=>r+d.errorCount,0),$=x.reduce((r,d)=>r+d.warningCount,0);return le>0?1:i!==void 0&&$>i?(e.stderr(`mlsys-lint: too many warnings (${$}); at most ${i} allowed (--max-warnings)
`),1):0}export{c as a,L as b,S as c,ge as d,te as e,we as f,xe as g};
