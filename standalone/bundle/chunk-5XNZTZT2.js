import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
import{a as c}from"./chunk-K22DCFET.js";import{spawn as M}from"node:child_process";import{accessSync as R,constants as I,existsSync as O,mkdirSync as k,mkdtempSync as j,rmSync as $,statSync as L,writeFileSync as y}from"node:fs";import{createRequire as b}from"node:module";import{tmpdir as _}from"node:os";import{delimiter as A,dirname as C,join as a}from"node:path";import{pathToFileURL as x}from"node:url";var m=class{constructor(e,r){this.toBrowser=e;r.on("data",t=>this.receive(t)),r.on("error",()=>{}),e.on("error",()=>{})}toBrowser;nextId=1;pending=new Map;received=[];closedBecause;get closed(){return this.closedBecause!==void 0}send(e,r={},t){if(this.closedBecause!==void 0)return Promise.reject(new Error(this.closedBecause));let i=this.nextId++;return new Promise((s,d)=>{this.pending.set(i,{method:e,resolve:s,reject:d}),this.toBrowser.write(`${JSON.stringify(t===void 0?{id:i,method:e,params:r}:{id:i,method:e,params:r,sessionId:t})}\0`)})}close(e){if(this.closedBecause===void 0){this.closedBecause=e;for(let[r,t]of this.pending)this.pending.delete(r),t.reject(new Error(e))}}receive(e){let r=0;for(let t=e.indexOf(0);t!==-1;t=e.indexOf(0,r)){this.received.push(e.subarray(r,t));let i=Buffer.concat(this.received).toString("utf8");this.received.length=0,r=t+1,this.dispatch(JSON.parse(i))}r<e.length&&this.received.push(e.subarray(r))}dispatch(e){if(e.id===void 0)return;let r=this.pending.get(e.id);r!==void 0&&(this.pending.delete(e.id),e.error!==void 0?r.reject(new Error(`${r.method}: ${e.error.message}`)):r.resolve(e.result??{}))}};var B=["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run","--disable-breakpad","--disable-crash-reporter","--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup"],U=["chromium","chromium-browser","google-chrome","google-chrome-stable"],P="install your distribution's `chromium` package (e.g. `apt-get install chromium`), or set PUPPETEER_EXECUTABLE_PATH to a Chrome or Chromium executable",f=n=>{try{return R(n,I.X_OK),L(n).isFile()}catch{return!1}};function H(n){let e=n.PUPPETEER_EXECUTABLE_PATH;if(e!==void 0&&e!==""){if(f(e))return e;throw new c(`--svg: PUPPETEER_EXECUTABLE_PATH is \`${e}\`, which is not an executable file; ${P}`)}if(f("/usr/bin/chromium"))return"/usr/bin/chromium";for(let r of(n.PATH??"").split(A))if(r!==""){for(let t of U)if(f(a(r,t)))return a(r,t)}throw new c(`--svg needs Chromium to draw the diagrams, and none was found: ${P}`)}var g="@mermaid-js/mermaid-cli";function N(n){let e=b(import.meta.url);for(let r of[()=>e,()=>b(e.resolve(`${g}/package.json`))])try{return r().resolve(n)}catch{}}function J(){let n=N("mermaid");if(n===void 0)throw new c(`--svg needs Mermaid: \`npm install --save-dev ${g}\` (an optional peer dependency of mlsys-lint)`);let e=a(C(n),"mermaid.esm.min.mjs");if(!O(e))throw new c(`--svg needs Mermaid 11's browser build, and ${e} is missing: \`npm install --save-dev ${g}@11\``);return x(e).href}var p=class extends Error{},h=class extends c{},u=class extends Error{},T=50,G=3e4,W=12e4,D=4e3,F=5,X=n=>`
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
`,q=['<!doctype html><html><head><meta charset="utf-8">',`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src file:; style-src 'unsafe-inline'; img-src data:; font-src data:">`,'<script type="module" src="render.mjs"></script>','</head><body><div id="diagram"></div></body></html>'].join(""),z="new Promise((resolve, reject) => { const wait = () => (window.mlsys ? window.mlsys.ready.then(resolve, reject) : setTimeout(wait, 5)); wait(); })",S=["SIGINT","SIGTERM","SIGHUP"],w=class{constructor(e,r){this.executablePath=e;this.folder=j(a(_(),"mlsys-lint-chromium-"));let t=a(this.folder,"profile");k(t),y(a(this.folder,"page.html"),q),y(a(this.folder,"render.mjs"),X(r));let i=x(a(this.folder,"page.html")).href;this.browser=M(e,[...B,"--remote-debugging-pipe","--allow-file-access-from-files",`--user-data-dir=${t}`,i],{stdio:["ignore","ignore","pipe","pipe","pipe"],detached:process.platform!=="win32",env:{...process.env,TMPDIR:this.folder}}),this.pipe=new m(this.browser.stdio[3],this.browser.stdio[4]),this.browser.stderr.on("data",s=>{this.stderrTail=(this.stderrTail+s.toString("utf8")).slice(-D)}),this.browser.on("error",s=>this.pipe.close(`Chromium could not be started: ${s.message}`)),this.browser.on("close",(s,d)=>{let o=this.stderrTail.split(`
`).map(l=>l.trim()).filter(l=>l!=="").slice(-F).join("; ");this.pipe.close(`Chromium stopped (${d??`exit code ${s}`})${o===""?"":`: ${o}`}`)}),process.on("exit",this.killOnExit);for(let s of S)process.on(s,this.killOnSignal);this.session=E(this.attachToPage(),G,"Chromium did not load Mermaid"),this.session.catch(()=>{})}executablePath;folder;browser;pipe;session;stderrTail="";closed;killOnExit=()=>this.kill();killOnSignal=e=>{this.kill(),this.removeFolder(),this.stopListening(),process.kill(process.pid,e)};async attachToPage(){let{targetInfos:e}=await this.pipe.send("Target.getTargets"),r=e.find(i=>i.type==="page");if(r===void 0)throw new Error("the browser opened no page");let{sessionId:t}=await this.pipe.send("Target.attachToTarget",{targetId:r.targetId,flatten:!0});for(;;){try{if(await this.evaluate(`location.protocol === 'file:' && ${z}`,t)===!0)return t}catch(i){if(i instanceof u||this.pipe.closed)throw i}await new Promise(i=>setTimeout(i,5))}}async evaluate(e,r){let{result:t,exceptionDetails:i}=await this.pipe.send("Runtime.evaluate",{expression:e,awaitPromise:!0,returnByValue:!0},r);if(i!==void 0)throw new u(i.exception?.description??i.text);return t?.value}async render(e){let r=new Map;try{let t=await this.session;for(let i=0;i<e.length;i+=T){let s=e.slice(i,i+T).map(o=>({id:`mlsys-${o.name}`,source:o.source}));(await E(this.evaluate(`window.mlsys.render(${JSON.stringify(s)})`,t),W,"Mermaid did not finish drawing")).forEach((o,l)=>{let v=e[i+l];if(o.svg===void 0)throw new p(`--svg: Mermaid could not draw ${v.name}: ${o.error}`);r.set(v.name,`${o.svg}
`)})}}catch(t){throw t instanceof p?t:new h(`--svg: drawing the diagrams in Chromium (${this.executablePath}) failed: ${t instanceof Error?t.message:String(t)}`)}return r}close(){return this.closed??=(async()=>{this.stopListening(),this.pipe.close("the renderer was closed"),this.kill(),this.browser.unref();for(let e of this.browser.stdio)e?.unref?.();this.removeFolder()})(),this.closed}kill(){let{pid:e}=this.browser;if(e!==void 0)try{process.kill(-e,"SIGKILL")}catch{this.browser.kill("SIGKILL")}}removeFolder(){$(this.folder,{recursive:!0,force:!0,maxRetries:100,retryDelay:10})}stopListening(){process.off("exit",this.killOnExit);for(let e of S)process.off(e,this.killOnSignal)}};function E(n,e,r){let t,i=new Promise((s,d)=>{t=setTimeout(()=>d(new Error(`${r} within ${e/1e3} s`)),e),t.unref()});return Promise.race([n,i]).finally(()=>clearTimeout(t))}function K(n){let e=H(n);return new w(e,J())}async function se(n,e){if(n.length===0)return new Map;let r=K(e);try{return await r.render(n)}finally{await r.close()}}export{B as a,H as b,h as c,K as d,se as e};
