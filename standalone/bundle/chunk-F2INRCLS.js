import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);
function c(t){return Object.assign((r,o)=>{let e=t.frame(r,o);if(e===void 0)return"";let i=[];for(let s of r){let n=t.piece(s,o);n!==""&&i.push(n)}return`${e.head}${i.join(e.separator)}${e.tail}`},{piecewise:t})}export{c as a};
