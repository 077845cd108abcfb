// Preloaded (`node -r`) into Learning Locker's statement service for the tests: it calls
// `app.listen(port)`, which binds every interface; this makes every listen use 127.0.0.1 only.
// It also exits as soon as the parent test process goes away (its IPC channel closes).
const net = require("node:net");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === "number" || typeof args[0] === "string") {
    const [port, ...rest] = args;
    const callback = rest.find((value) => typeof value === "function");
    return listen.call(this, { port: Number(port), host: "127.0.0.1" }, callback);
  }
  if (args[0] && typeof args[0] === "object") args[0] = { ...args[0], host: "127.0.0.1" };
  return listen.apply(this, args);
};

process.on("disconnect", () => process.exit(0));
