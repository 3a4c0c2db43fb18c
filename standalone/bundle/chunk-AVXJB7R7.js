import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{b as Y,c as G}from"./chunk-J7ZUM5QF.js";import{a as W,b as E}from"./chunk-HLOPOQG4.js";import{a as L,b as B}from"./chunk-K2JL3DC4.js";import{a as H,d as V,e as K}from"./chunk-R3IAWL5K.js";import{i as M,l as U,m as q,n as D}from"./chunk-B4VEZB62.js";import{b as z}from"./chunk-Z3WQFD2H.js";import{O as R,a as N,b as _,c as j}from"./chunk-KWKSCK65.js";import{b as k}from"./chunk-3RFYOQF3.js";import{a as d}from"./chunk-K22DCFET.js";import{availableParallelism as he}from"node:os";import{resolve as re}from"node:path";var C={stylish:()=>import("./chunk-7O7MKJRI.js"),json:()=>import("./chunk-EA7TN52Q.js"),compact:()=>import("./chunk-TNFEYN3S.js"),sarif:()=>import("./chunk-5TSIHNVJ.js"),github:()=>import("./chunk-RD67FGVY.js"),junit:()=>import("./chunk-QHVVRRPL.js"),markdown:()=>import("./chunk-KDFEPFHG.js"),gitlab:()=>import("./chunk-XQB6LG4L.js")},I=Object.keys(C);async function X(n){let e=Object.prototype.hasOwnProperty.call(C,n)?C[n]:void 0;return e?(await e()).default:void 0}function Z(n,e,t,i){let r=n.frame(e,t);if(r===void 0)return"";let s=[],m=!1;for(let a=0;a<e.length;a++){let p=i[a]??n.piece(e[a],t);p.length!==0&&(s.push(p),typeof p!="string"&&(m=!0))}if(!m)return`${r.head}${s.join(r.separator)}${r.tail}`;let g=Buffer.from(r.separator),b=Buffer.byteLength(r.head)+g.length*(s.length-1)+Buffer.byteLength(r.tail);for(let a of s)b+=typeof a=="string"?Buffer.byteLength(a):a.length;let u=Buffer.allocUnsafe(b),l=u.write(r.head,0);for(let a=0;a<s.length;a++){a>0&&(u.set(g,l),l+=g.length);let p=s[a];typeof p=="string"?l+=u.write(p,l):(u.set(p,l),l+=p.length)}return u.write(r.tail,l),u}import{resolve as J}from"node:path";var w="-";function S(n,e,t){e===w?n.stdout(t):z(J(n.cwd,e),t)}function T(n,e,t){return e===void 0||e===w?void 0:{label:n,path:J(t.cwd,e)}}import{resolve as ue}from"node:path";var A="<stdin>";async function Q(){let n=[];for await(let e of process.stdin)n.push(e);return Buffer.concat(n)}function ee(n,e,t){let i=ue(t.cwd,e);if(new M(t.rules??R,t).isIgnored(i))return{results:[],crashes:[],warnings:[`\`${e}\`: File ignored because of a matching ignore pattern (\`ignore\` in the config file)`]};let r=n.length>t.maxFileSize?{problem:`standard input is ${n.length} bytes, more than the limit of ${t.maxFileSize} (--max-file-size)`}:N(n),s="problem"in r?_(i,r.problem):j(i,r.text);return{...V([s],t),warnings:[]}}import{readFileSync as de}from"node:fs";function te(){let n=new Map;return(e,t)=>{if(!n.has(e)){let i;try{i=de(e,"utf8").split(/\r?\n|\r/)}catch{i=void 0}n.set(e,i)}return n.get(e)?.[t-1]}}import{createRequire as pe}from"node:module";var me=pe(import.meta.url);function ne(n){try{let{execFileSync:e}=me("node:child_process"),t=e("git",["rev-parse","--show-toplevel"],{cwd:n,encoding:"utf8",stdio:["ignore","pipe","ignore"],timeout:1e4}).trim();return t===""?n:t}catch{return n}}var ye=`Usage: mlsys-lint [lint] [options] [paths...]

Paths are files, folders (searched for *.yaml and *.yml, skipping node_modules and
.git) or globs. With no path, designs/.

Input:
      --stdin               lint the design on standard input instead of paths
      --stdin-filename PATH lint standard input as if it were the file PATH: its
                            config, overrides and ignore globs apply, and findings
                            name it (default ${A})

Output:
  -f, --format NAME[:FILE]  output format (default stylish), one of:
                              ${I.join(", ")}
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
`,we={...Y,stdin:{type:"boolean"},"stdin-filename":{type:"string"},format:{type:"string",short:"f",multiple:!0},output:{type:"string",short:"o"},quiet:{type:"boolean"},"max-warnings":{type:"string"},color:{type:"boolean"},"no-color":{type:"boolean"},baseline:{type:"string"},"write-baseline":{type:"boolean"},cache:{type:"boolean"},"cache-location":{type:"string"},concurrency:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}},ie=".mlsys-lint-baseline.json";function be(n,e){let t=(n&&n.length>0?n:["stylish"]).map(i=>{let r=i.indexOf(":"),s=r===-1?i:i.slice(0,r),m=r===-1?void 0:i.slice(r+1);if(!I.includes(s)){let g=k(s,I);throw new d(`unknown format \`${s}\`; use one of ${I.join(", ")}${g?` (did you mean \`${g}\`?)`:""}`)}if(m==="")throw new d(`-f ${s}: needs a file name after the colon`);return m===void 0?{format:s}:{format:s,file:m}});if(e!==void 0){let i=t.find(r=>r.file===void 0);if(!i)throw new d("-o/--output has no format to write: every -f already names its file");i.file=e}return t}function Fe(n){return n.map(e=>({...e,findings:e.findings.filter(t=>t.severity==="error"),warningCount:0,infoCount:0}))}function xe(n){let e=new Map;for(let{formatter:t,context:i}of n){let r=t.piecewise;r&&e.set(r.pieceKey(i),{key:r.pieceKey(i),piece:s=>r.piece(s,i)})}return[...e.values()]}function Re(n,e){let t=n["stdin-filename"];if(!n.stdin){if(t!==void 0)throw new d("--stdin-filename needs --stdin");return}if(e.length>0)throw new d(`--stdin lints standard input: give no paths (got \`${e[0]}\`), or name the file it stands for with --stdin-filename`);if(n.cache)throw new d("--cache has nothing to keep with --stdin: standard input is linted every time");if(n["write-baseline"])throw new d("--write-baseline records the findings of files: not available with --stdin");if(t==="")throw new d("--stdin-filename needs a file name");return{filePath:t??A}}function Ie(n,e){return{results:e?n.results.map(i=>{let r=D(i.findings,i.filePath,e,new Map);return r.length===i.findings.length?i:{...K(i.filePath,r),...i.checkedRules?{checkedRules:i.checkedRules}:{}}}):n.results,crashes:n.crashes,rules:R,missing:[],warnings:n.warnings}}async function Oe(n,e){let{values:t,positionals:i}=W(n,we,"lint");if(t.help)return e.stdout(ye),0;let r=E(t["max-warnings"],"--max-warnings"),s=G(t,e.cwd),m=Re(t,i),g=E(t.concurrency,"--concurrency")??he();if(g<1)throw new d("--concurrency needs at least 1");let b=be(t.format,t.output),u=t["write-baseline"]===!0,l=t.baseline??(u?ie:void 0);if(t["cache-location"]===w)throw new d("--cache-location: the cache cannot be standard output; give a folder or a file");if(l===w&&!u)throw new d("--baseline: give the baseline file to read (- is standard output, for --write-baseline only)");let a=l&&!u?q(re(e.cwd,l)):void 0,p=u?[T("the baseline being written",l,e)]:b.map(o=>T(`the -f ${o.format} output`,o.file,e)),P=t["no-color"]?!1:t.color?!0:void 0,oe=new Date,se=performance.now(),ae=b.some(o=>o.format==="sarif")?ne(e.cwd):e.cwd,le=te(),O=await Promise.all(b.map(async o=>{let c=o.file===void 0||o.file===w,h=c?B(P,e):P===!0,y=c&&e.stdoutIsTTY?e.columns:void 0,x={cwd:e.cwd,color:h,rules:R,toolVersion:L(),startedAt:oe,sourceRoot:ae,sourceLine:le};return y!==void 0&&(x.width=y),r!==void 0&&(x.maxWarnings=r),{target:o,formatter:await X(o.format),context:x}})),$=t.cache&&!t.quiet&&!u?xe(O):[],f=m?Ie(ee(await(e.stdin??Q)(),m.filePath,s),a):await H(i.length>0?i:["designs/"],{...s,...a?{baseline:a}:{},concurrency:g,cache:t.cache===!0,...t["cache-location"]?{cacheLocation:t["cache-location"]}:{},toolVersion:L(),...$.length>0?{pieces:$}:{},outputs:p.filter(o=>o!==void 0)});for(let o of f.missing)e.stderr(`mlsys-lint: ${o}
`);for(let o of f.warnings)e.stderr(`mlsys-lint: warning: ${o}
`);if(u){let o=re(e.cwd,l===w?ie:l);S(e,l,U(f.results,o));let c=f.results.reduce((h,y)=>h+y.errorCount+y.warningCount,0);return e.stderr(`mlsys-lint: recorded ${c} finding${c===1?"":"s"} in ${l}
`),f.missing.length>0||f.crashes.length>0?2:0}let F=t.quiet?Fe(f.results):f.results,fe=performance.now()-se;for(let o of O)o.context.rules=f.rules;for(let{target:o,formatter:c,context:h}of O){h.elapsedMs=fe;let y=c.piecewise&&F===f.results?f.pieces?.get(c.piecewise.pieceKey(h)):void 0,x=y?Z(c.piecewise,F,h,y):c(F,h);S(e,o.file??w,x)}for(let o of f.crashes)e.stderr(`mlsys-lint: ${o.message}
`),t.debug&&o.original instanceof Error&&o.original.stack&&e.stderr(`${o.original.stack}
`);if(f.crashes.length>0||f.missing.length>0)return 2;let ce=F.reduce((o,c)=>o+c.errorCount,0),v=F.reduce((o,c)=>o+c.warningCount,0);return ce>0?1:r!==void 0&&v>r?(e.stderr(`mlsys-lint: too many warnings (${v}); at most ${r} allowed (--max-warnings)
`),1):0}export{w as a,S as b,T as c,ye as d,ie as e,be as f,Oe as g};
