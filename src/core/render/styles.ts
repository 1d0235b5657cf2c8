/** The generated playbook's inline stylesheet: screen and print, no web fonts. */
export const PLAYBOOK_CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#1d2430;background:#fff}
body{margin:0}
.playbook{max-width:50rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.9rem;margin:.2em 0 .5em}
h2{font-size:1.35rem;margin-top:2em;border-bottom:2px solid #d9dde3;padding-bottom:.2em}
h3{font-size:1.15rem;margin-top:1.6em;color:#1f5fbf}
h4{font-size:1.02rem;margin:1.4em 0 .3em}
a{color:#1f5fbf}
table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.93rem}
th,td{border:1px solid #b9c0ca;padding:.35em .5em;text-align:left;vertical-align:top}
th{background:#e7effb}
td:empty::after{content:"\\00a0"}
.table-wrap{overflow-x:auto}
figure{margin:1em 0}
figure svg{width:100%;height:auto}
ul.contains-task-list{list-style:none;padding-left:.2em}
.tick{display:inline-block;width:1em;height:1em;border:1.5px solid #4d5867;border-radius:2px;margin-right:.55em;vertical-align:-.15em}
.contents{list-style:none;padding-left:0}
.contents ul{list-style:none;padding-left:1.2em}
.contents li{display:flex;flex-wrap:wrap;gap:.5em}
.contents li>p{margin:.15em 0;flex:1;display:flex;gap:.5em}
.contents .page{margin-left:auto;font-style:normal;font-variant-numeric:tabular-nums}
.contents li>ul{flex-basis:100%}
@media print{
  .playbook>h1:first-child{margin-top:28%;font-size:26pt;border-bottom:4px solid #1f5fbf;padding-bottom:.3em}
  .playbook>h1:first-child~p{font-size:12pt}
  .cover-end{break-after:page;page-break-after:always;margin-top:3em;color:#39424e}
  .contents{break-after:page;page-break-after:always}
  @page{margin:18mm 16mm}
  .playbook{max-width:none;padding:0}
  body{font-size:10.5pt}
  a{color:inherit;text-decoration:none}
  h1,h2,h3,h4{break-after:avoid;page-break-after:avoid}
  tr,li,figure{break-inside:avoid;page-break-inside:avoid}
  h2{break-before:auto}
}
`;
