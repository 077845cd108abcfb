/**
 * Lesson bodies the compiler must refuse, each with a located error. The test also loads what the
 * sanitizer alone would make of each (no CSP) in Chromium: even if a check were missed, none runs.
 */
export const rejectedInjections: ReadonlyArray<readonly [name: string, body: string]> = [
  ["script element", "<script>__pwned('r01')</script>"],
  ["img onerror", "Text <img src=x onerror=__pwned(02)> more"],
  ["svg onload", "<svg onload=__pwned(03)></svg>"],
  ["body onload", "<body onload=__pwned(04)>"],
  ["details ontoggle", "<details open ontoggle=__pwned(05)><summary>x</summary></details>"],
  ["javascript: link", "<a href=\"javascript:__pwned('r06')\">x</a>"],
  ["javascript: behind a tab entity", "<a href=\"jav&#x09;ascript:__pwned('r07')\">x</a>"],
  ["javascript: encoded first letter", "<a href=\"&#106;avascript:__pwned('r08')\">x</a>"],
  ["Markdown javascript: link", "[x](javascript:__pwned('r09'))"],
  ["Markdown javascript: image", "![x](javascript:__pwned('r10'))"],
  ["Markdown javascript: autolink", "<javascript:__pwned('r11')>"],
  ["Markdown javascript: definition", "[x][d]\n\n[d]: javascript:__pwned('r12')"],
  ["data:text/html link", "<a href=\"data:text/html,<script>__pwned('r13')</script>\">x</a>"],
  ["iframe srcdoc", "<iframe srcdoc=\"<script>__pwned('r14')</script>\"></iframe>"],
  ["remote iframe", '<iframe src="https://evil.example/r15"></iframe>'],
  ["object", '<object data="https://evil.example/r16"></object>'],
  ["embed", '<embed src="https://evil.example/r17">'],
  ["base", '<base href="https://evil.example/r18/">'],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:__pwned(\'r19\')">'],
  ["link stylesheet", '<link rel="stylesheet" href="https://evil.example/r20.css">'],
  ["form action", "<form action=\"javascript:__pwned('r21')\"><button>Go</button></form>"],
  ["button formaction", "<button formaction=\"javascript:__pwned('r22')\">Go</button>"],
  ["split script tag", "<scr<script>ipt>__pwned('r23')</script>"],
  ["mXSS through svg style", "<svg><style><img src=x onerror=__pwned(24)></style></svg>"],
  ["mXSS through math", "<math><mtext><table><mglyph><style><img src=x onerror=__pwned(25)>"],
  ["remote image", '<img src="https://evil.example/r26.png" alt="x">'],
  [
    "remote srcset",
    '<picture><source srcset="https://evil.example/r27.png"><img src="x.png" alt="x"></picture>',
  ],
  ["remote poster", '<video poster="https://evil.example/r28.png"></video>'],
  ["CSS url() in style", "<p style=\"background:url('https://evil.example/r29.png')\">x</p>"],
  ["CSS @import in <style>", '<style>@import "https://evil.example/r30.css";</style>'],
  ["svg image href", '<svg><image href="https://evil.example/r31.png"/></svg>'],
  ["svg use xlink:href", '<svg><use xlink:href="https://evil.example/r32.svg#x"/></svg>'],
  ["ping", '<a href="https://example.org" ping="https://evil.example/r33">x</a>'],
  ["Markdown remote image", "![x](https://evil.example/r34.png)"],
  ["event handler in a callout", ":::tip\nRead <img src=x onerror=__pwned(35)> this.\n:::"],
  [
    "event handler in option feedback",
    ":::single-choice\nPick.\n\n- [x] Yes\n  > <img src=x onerror=__pwned(36)>\n- [ ] No\n:::",
  ],
  [
    "script in a hint",
    ":::single-choice\nPick.\n\n- [x] Yes\n- [ ] No\n\n::hint[<script>__pwned('r37')</script>]\n:::",
  ],
  ["script in a glossary-linked term label", ":term[<img src=x onerror=__pwned(38)>]{id=x}"],
  ["active media link", "[page](../media/r39.html)"],
  ["scripted SVG", "![x](../media/r40.svg)"],
];

/** Media files the rejected bodies refer to. */
export const rejectedMedia: Readonly<Record<string, string>> = {
  "media/r39.html": "<script>__pwned('r39')</script>",
  "media/r40.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="__pwned(40)"/>',
};
