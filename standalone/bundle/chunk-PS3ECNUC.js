import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function c(t){return Object.assign((r,i)=>{let e=t.frame(r,i);if(e===void 0)return"";let n=[];for(let s of r){let o=t.piece(s,i);o!==""&&n.push(o)}return`${e.head}${n.join(e.separator)}${e.tail}`},{piecewise:t})}export{c as a};
