import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a}from"./chunk-K22DCFET.js";import{spawn as L}from"node:child_process";import{mkdirSync as $,mkdtempSync as _,rmSync as C,writeFileSync as T}from"node:fs";import{tmpdir as A}from"node:os";import{join as c}from"node:path";import{pathToFileURL as B}from"node:url";var l=class{constructor(e,t){this.toBrowser=e;t.on("data",r=>this.receive(r)),t.on("error",()=>{}),e.on("error",()=>{})}toBrowser;nextId=1;pending=new Map;received=[];closedBecause;get closed(){return this.closedBecause!==void 0}send(e,t={},r){if(this.closedBecause!==void 0)return Promise.reject(new Error(this.closedBecause));let i=this.nextId++;return new Promise((o,s)=>{this.pending.set(i,{method:e,resolve:o,reject:s}),this.toBrowser.write(`${JSON.stringify(r===void 0?{id:i,method:e,params:t}:{id:i,method:e,params:t,sessionId:r})}\0`)})}close(e){if(this.closedBecause===void 0){this.closedBecause=e;for(let[t,r]of this.pending)this.pending.delete(t),r.reject(new Error(e))}}receive(e){let t=0;for(let r=e.indexOf(0);r!==-1;r=e.indexOf(0,t)){this.received.push(e.subarray(t,r));let i=Buffer.concat(this.received).toString("utf8");this.received.length=0,t=r+1,this.dispatch(JSON.parse(i))}t<e.length&&this.received.push(e.subarray(t))}dispatch(e){if(e.id===void 0)return;let t=this.pending.get(e.id);t!==void 0&&(this.pending.delete(e.id),e.error!==void 0?t.reject(new Error(`${t.method}: ${e.error.message}`)):t.resolve(e.result??{}))}};var b=n=>`
// Mermaid deep-copies its whole configuration (~700 properties) on every getConfig(), which
// its flowchart renderer calls for each node and edge, defining each property with
// Object.defineProperty: that is a third of the time it spends drawing. For the one case it
// uses (a writable, enumerable, configurable value on an ordinary extensible object that has
// no property of that name, own or inherited) plain assignment makes exactly the same
// property, in the same order, several times faster. Every other call is left as it was.
const defineProperty = Object.defineProperty;
Object.defineProperty = function (object, key, descriptor) {
  if (
    typeof key === 'string' && descriptor !== null && typeof descriptor === 'object' &&
    descriptor.writable === true && descriptor.enumerable === true && descriptor.configurable === true &&
    !('get' in descriptor) && !('set' in descriptor) &&
    Object.getPrototypeOf(object) === Object.prototype && Object.isExtensible(object) && !(key in object)
  ) {
    object[key] = descriptor.value;
    return object;
  }
  return defineProperty(object, key, descriptor);
};

const mermaidLoaded = import(${JSON.stringify(n)}).then(({ default: mermaid }) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true, theme: 'default' });
  return mermaid;
});
window.mlsys = {
  ready: mermaidLoaded.then(() => true),
  async render(diagrams) {
    const mermaid = await mermaidLoaded;
    const container = document.getElementById('diagram');
    const drawn = [];
    for (const diagram of diagrams) {
      try {
        const { svg } = await mermaid.render(diagram.id, diagram.source);
        container.innerHTML = svg;
        // A standalone .svg file must be XML: serialise the element rather than keep Mermaid's HTML string.
        drawn.push({ svg: new XMLSerializer().serializeToString(container.querySelector('svg')) });
      } catch (error) {
        drawn.push({ error: error instanceof Error ? error.message : String(error) });
      } finally {
        container.innerHTML = '';
      }
    }
    return drawn;
  },
};
`,S=['<!doctype html><html><head><meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file:; style-src 'unsafe-inline'; img-src data:; font-src data:">`,'<script type="module" src="render.mjs"></script>','</head><body><div id="diagram"></div></body></html>'].join(""),P="new Promise((resolve, reject) => { const wait = () => (window.mlsys ? window.mlsys.ready.then(resolve, reject) : setTimeout(wait, 5)); wait(); })";var M=["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-breakpad","--disable-crash-reporter","--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"],m=class extends Error{},p=class extends a{},u=class extends Error{},E=50,U=3e4,H=12e4,J=4e3,N=5,x=["SIGINT","SIGTERM","SIGHUP"],f=class{constructor(e,t){this.executablePath=e;process.on("exit",this.killOnExit);for(let r of x)process.on(r,this.killOnSignal);this.folder="";try{this.folder=_(c(A(),"mlsys-lint-chromium-")),this.browser=G(e,this.folder,t)}catch(r){throw this.folder!==""&&this.removeFolder(),this.stopListening(),r}this.pipe=new l(this.browser.stdio[3],this.browser.stdio[4]),this.browser.stderr.on("data",r=>{this.stderrTail=(this.stderrTail+r.toString("utf8")).slice(-J)}),this.browser.on("error",r=>this.pipe.close(`Chromium could not be started: ${r.message}`)),this.browser.on("close",(r,i)=>{let o=this.stderrTail.split(`
`).map(s=>s.trim()).filter(s=>s!=="").slice(-N).join("; ");this.pipe.close(`Chromium stopped (${i??`exit code ${r}`})${o===""?"":`: ${o}`}`)}),this.session=R(this.attachToPage(),U,"Chromium did not load Mermaid"),this.session.catch(()=>{})}executablePath;folder;browser;pipe;session;stderrTail="";closed;killOnExit=()=>this.kill();killOnSignal=e=>{this.kill(),this.removeFolder(),this.stopListening(),process.kill(process.pid,e)};async attachToPage(){let{targetInfos:e}=await this.pipe.send("Target.getTargets"),t=e.find(i=>i.type==="page");if(t===void 0)throw new Error("the browser opened no page");let{sessionId:r}=await this.pipe.send("Target.attachToTarget",{targetId:t.targetId,flatten:!0});for(;;){try{if(await this.evaluate(`location.protocol === 'file:' && ${P}`,r)===!0)return r}catch(i){if(i instanceof u||this.pipe.closed)throw i}await new Promise(i=>setTimeout(i,5))}}async evaluate(e,t){let{result:r,exceptionDetails:i}=await this.pipe.send("Runtime.evaluate",{expression:e,awaitPromise:!0,returnByValue:!0},t);if(i!==void 0)throw new u(i.exception?.description??i.text);return r?.value}async render(e){let t=new Map;try{let r=await this.session;for(let i=0;i<e.length;i+=E){let o=e.slice(i,i+E).map(d=>({id:`mlsys-${d.name}`,source:d.source}));(await R(this.evaluate(`window.mlsys.render(${JSON.stringify(o)})`,r),H,"Mermaid did not finish drawing")).forEach((d,j)=>{let y=e[i+j];if(d.svg===void 0)throw new m(`--svg: Mermaid could not draw ${y.name}: ${d.error}`);t.set(y.name,`${d.svg}
`)})}}catch(r){throw r instanceof m?r:new p(`--svg: drawing the diagrams in Chromium (${this.executablePath}) failed: ${r instanceof Error?r.message:String(r)}`)}return t}close(){return this.closed??=(async()=>{this.pipe.close("the renderer was closed"),this.kill(),this.browser.unref();for(let e of this.browser.stdio)e?.unref?.();this.removeFolder(),this.stopListening()})(),this.closed}kill(){let{pid:e}=this.browser;if(e!==void 0)try{process.kill(-e,"SIGKILL")}catch{this.browser.kill("SIGKILL")}}removeFolder(){C(this.folder,{recursive:!0,force:!0,maxRetries:100,retryDelay:10})}stopListening(){process.off("exit",this.killOnExit);for(let e of x)process.off(e,this.killOnSignal)}};function G(n,e,t){let r=c(e,"profile");$(r),T(c(e,"page.html"),S),T(c(e,"render.mjs"),b(t));let i=B(c(e,"page.html")).href;return L(n,[...M,"--remote-debugging-pipe","--allow-file-access-from-files",`--user-data-dir=${r}`,i],{stdio:["ignore","ignore","pipe","pipe","pipe"],detached:process.platform!=="win32",env:{...process.env,TMPDIR:e}})}function R(n,e,t){let r,i=new Promise((o,s)=>{r=setTimeout(()=>s(new Error(`${t} within ${e/1e3} s`)),e),r.unref()});return Promise.race([n,i]).finally(()=>clearTimeout(r))}import{accessSync as W,constants as F,existsSync as D,statSync as X}from"node:fs";import{createRequire as I}from"node:module";import{delimiter as q,dirname as z,join as h}from"node:path";import{pathToFileURL as K}from"node:url";var Y=["chromium","chromium-browser","google-chrome","google-chrome-stable"],O="install your distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable",g=n=>{try{return W(n,F.X_OK),X(n).isFile()}catch{return!1}};function v(n){let e=n.PUPPETEER_EXECUTABLE_PATH;if(e!==void 0&&e!==""){if(g(e))return e;throw new a(`--svg: PUPPETEER_EXECUTABLE_PATH is \`${e}\`, which is not an executable file; ${O}`)}if(g("/usr/bin/chromium"))return"/usr/bin/chromium";for(let t of(n.PATH??"").split(q))if(t!==""){for(let r of Y)if(g(h(t,r)))return h(t,r)}throw new a(`--svg needs Chromium to draw the diagrams, and none was found: ${O}`)}var w="@mermaid-js/mermaid-cli";function V(n){let e=I(import.meta.url);for(let t of[()=>e,()=>I(e.resolve(`${w}/package.json`))])try{return t().resolve(n)}catch{}}function k(){let n=V("mermaid");if(n===void 0)throw new a(`--svg needs Mermaid: \`npm install --save-dev ${w}\` (an optional peer dependency of mlsys-lint)`);let e=h(z(n),"mermaid.esm.min.mjs");if(!D(e))throw new a(`--svg needs Mermaid 11's browser build, and ${e} is missing: \`npm install --save-dev ${w}@11\``);return K(e).href}function Q(n){let e=v(n);return new f(e,k())}async function ve(n,e){if(n.length===0)return new Map;let t=Q(e);try{return await t.render(n)}finally{await t.close()}}export{M as a,p as b,v as c,Q as d,ve as e};
