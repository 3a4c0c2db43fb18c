import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a}from"./chunk-K22DCFET.js";import{spawn as $}from"node:child_process";import{mkdirSync as L,mkdtempSync as _,rmSync as C,writeFileSync as E}from"node:fs";import{tmpdir as A}from"node:os";import{join as l}from"node:path";import{pathToFileURL as B}from"node:url";var m=class{constructor(e,r){this.toBrowser=e;r.on("data",t=>this.receive(t)),r.on("error",()=>{}),e.on("error",()=>{})}toBrowser;nextId=1;pending=new Map;received=[];closedBecause;get closed(){return this.closedBecause!==void 0}send(e,r={},t){if(this.closedBecause!==void 0)return Promise.reject(new Error(this.closedBecause));let i=this.nextId++;return new Promise((s,d)=>{this.pending.set(i,{method:e,resolve:s,reject:d}),this.toBrowser.write(`${JSON.stringify(t===void 0?{id:i,method:e,params:r}:{id:i,method:e,params:r,sessionId:t})}\0`)})}close(e){if(this.closedBecause===void 0){this.closedBecause=e;for(let[r,t]of this.pending)this.pending.delete(r),t.reject(new Error(e))}}receive(e){let r=0;for(let t=e.indexOf(0);t!==-1;t=e.indexOf(0,r)){this.received.push(e.subarray(r,t));let i=Buffer.concat(this.received).toString("utf8");this.received.length=0,r=t+1,this.dispatch(JSON.parse(i))}r<e.length&&this.received.push(e.subarray(r))}dispatch(e){if(e.id===void 0)return;let r=this.pending.get(e.id);r!==void 0&&(this.pending.delete(e.id),e.error!==void 0?r.reject(new Error(`${r.method}: ${e.error.message}`)):r.resolve(e.result??{}))}};var S=n=>`
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
`,P=['<!doctype html><html><head><meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file:; style-src 'unsafe-inline'; img-src data:; font-src data:">`,'<script type="module" src="render.mjs"></script>','</head><body><div id="diagram"></div></body></html>'].join(""),T="new Promise((resolve, reject) => { const wait = () => (window.mlsys ? window.mlsys.ready.then(resolve, reject) : setTimeout(wait, 5)); wait(); })";var I=["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-breakpad","--disable-crash-reporter","--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"],p=class extends Error{},f=class extends a{},u=class extends Error{},x=50,U=3e4,H=12e4,J=4e3,N=5,R=["SIGINT","SIGTERM","SIGHUP"],g=class{constructor(e,r){this.executablePath=e;this.folder=_(l(A(),"mlsys-lint-chromium-"));let t=l(this.folder,"profile");L(t),E(l(this.folder,"page.html"),P),E(l(this.folder,"render.mjs"),S(r));let i=B(l(this.folder,"page.html")).href;this.browser=$(e,[...I,"--remote-debugging-pipe","--allow-file-access-from-files",`--user-data-dir=${t}`,i],{stdio:["ignore","ignore","pipe","pipe","pipe"],detached:process.platform!=="win32",env:{...process.env,TMPDIR:this.folder}}),this.pipe=new m(this.browser.stdio[3],this.browser.stdio[4]),this.browser.stderr.on("data",s=>{this.stderrTail=(this.stderrTail+s.toString("utf8")).slice(-J)}),this.browser.on("error",s=>this.pipe.close(`Chromium could not be started: ${s.message}`)),this.browser.on("close",(s,d)=>{let o=this.stderrTail.split(`
`).map(c=>c.trim()).filter(c=>c!=="").slice(-N).join("; ");this.pipe.close(`Chromium stopped (${d??`exit code ${s}`})${o===""?"":`: ${o}`}`)}),process.on("exit",this.killOnExit);for(let s of R)process.on(s,this.killOnSignal);this.session=M(this.attachToPage(),U,"Chromium did not load Mermaid"),this.session.catch(()=>{})}executablePath;folder;browser;pipe;session;stderrTail="";closed;killOnExit=()=>this.kill();killOnSignal=e=>{this.kill(),this.removeFolder(),this.stopListening(),process.kill(process.pid,e)};async attachToPage(){let{targetInfos:e}=await this.pipe.send("Target.getTargets"),r=e.find(i=>i.type==="page");if(r===void 0)throw new Error("the browser opened no page");let{sessionId:t}=await this.pipe.send("Target.attachToTarget",{targetId:r.targetId,flatten:!0});for(;;){try{if(await this.evaluate(`location.protocol === 'file:' && ${T}`,t)===!0)return t}catch(i){if(i instanceof u||this.pipe.closed)throw i}await new Promise(i=>setTimeout(i,5))}}async evaluate(e,r){let{result:t,exceptionDetails:i}=await this.pipe.send("Runtime.evaluate",{expression:e,awaitPromise:!0,returnByValue:!0},r);if(i!==void 0)throw new u(i.exception?.description??i.text);return t?.value}async render(e){let r=new Map;try{let t=await this.session;for(let i=0;i<e.length;i+=x){let s=e.slice(i,i+x).map(o=>({id:`mlsys-${o.name}`,source:o.source}));(await M(this.evaluate(`window.mlsys.render(${JSON.stringify(s)})`,t),H,"Mermaid did not finish drawing")).forEach((o,c)=>{let b=e[i+c];if(o.svg===void 0)throw new p(`--svg: Mermaid could not draw ${b.name}: ${o.error}`);r.set(b.name,`${o.svg}
`)})}}catch(t){throw t instanceof p?t:new f(`--svg: drawing the diagrams in Chromium (${this.executablePath}) failed: ${t instanceof Error?t.message:String(t)}`)}return r}close(){return this.closed??=(async()=>{this.stopListening(),this.pipe.close("the renderer was closed"),this.kill(),this.browser.unref();for(let e of this.browser.stdio)e?.unref?.();this.removeFolder()})(),this.closed}kill(){let{pid:e}=this.browser;if(e!==void 0)try{process.kill(-e,"SIGKILL")}catch{this.browser.kill("SIGKILL")}}removeFolder(){C(this.folder,{recursive:!0,force:!0,maxRetries:100,retryDelay:10})}stopListening(){process.off("exit",this.killOnExit);for(let e of R)process.off(e,this.killOnSignal)}};function M(n,e,r){let t,i=new Promise((s,d)=>{t=setTimeout(()=>d(new Error(`${r} within ${e/1e3} s`)),e),t.unref()});return Promise.race([n,i]).finally(()=>clearTimeout(t))}import{accessSync as G,constants as W,existsSync as D,statSync as F}from"node:fs";import{createRequire as O}from"node:module";import{delimiter as X,dirname as q,join as w}from"node:path";import{pathToFileURL as z}from"node:url";var K=["chromium","chromium-browser","google-chrome","google-chrome-stable"],k="install your distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable",h=n=>{try{return G(n,W.X_OK),F(n).isFile()}catch{return!1}};function y(n){let e=n.PUPPETEER_EXECUTABLE_PATH;if(e!==void 0&&e!==""){if(h(e))return e;throw new a(`--svg: PUPPETEER_EXECUTABLE_PATH is \`${e}\`, which is not an executable file; ${k}`)}if(h("/usr/bin/chromium"))return"/usr/bin/chromium";for(let r of(n.PATH??"").split(X))if(r!==""){for(let t of K)if(h(w(r,t)))return w(r,t)}throw new a(`--svg needs Chromium to draw the diagrams, and none was found: ${k}`)}var v="@mermaid-js/mermaid-cli";function Y(n){let e=O(import.meta.url);for(let r of[()=>e,()=>O(e.resolve(`${v}/package.json`))])try{return r().resolve(n)}catch{}}function j(){let n=Y("mermaid");if(n===void 0)throw new a(`--svg needs Mermaid: \`npm install --save-dev ${v}\` (an optional peer dependency of mlsys-lint)`);let e=w(q(n),"mermaid.esm.min.mjs");if(!D(e))throw new a(`--svg needs Mermaid 11's browser build, and ${e} is missing: \`npm install --save-dev ${v}@11\``);return z(e).href}function V(n){let e=y(n);return new g(e,j())}async function we(n,e){if(n.length===0)return new Map;let r=V(e);try{return await r.render(n)}finally{await r.close()}}export{I as a,f as b,y as c,V as d,we as e};
