/**
 * A minimal LMS page for the canary test: SCORM 1.2 and 2004 API objects in the parent window (as
 * Moodle has them, found by the package's API discovery) and the package in an iframe. It has no CSP,
 * so it also serves as the control page where injected script does run. `initialized` counts calls.
 */
export const lmsStubPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title></head>
<body>
<script>
window.initialized = 0;
const ok = () => { return "true"; };
const start = () => { window.initialized += 1; return "true"; };
const values = {};
const get = (key) => values[key] ?? "";
const set = (key, value) => { values[key] = String(value); return "true"; };
const zero = () => "0";
const empty = () => "";
window.API = { LMSInitialize: start, LMSFinish: ok, LMSGetValue: get, LMSSetValue: set, LMSCommit: ok,
  LMSGetLastError: zero, LMSGetErrorString: empty, LMSGetDiagnostic: empty };
window.API_1484_11 = { Initialize: start, Terminate: ok, GetValue: get, SetValue: set, Commit: ok,
  GetLastError: zero, GetErrorString: empty, GetDiagnostic: empty };
const frame = document.createElement("iframe");
frame.title = "Course";
frame.style.width = "1000px";
frame.style.height = "900px";
frame.src = new URLSearchParams(location.search).get("sco");
document.body.append(frame);
</script>
</body></html>
`;
