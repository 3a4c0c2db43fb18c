import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function a(t){return(r,n)=>{let e=t.frame(r,n);if(e===void 0)return"";let i=[];for(let s of r){let o=t.piece(s,n);o!==""&&i.push(o)}return`${e.head}${i.join(e.separator)}${e.tail}`}}export{a};
