// os.getPriority/setPriority: the runtime process itself (pid 0 or its own pid), ESRCH for any other pid, Node's validation.
const os = require('os');
const show = (f) => { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name, e.code, e.message, JSON.stringify(e.info), e.errno, e.syscall); } };
show(() => os.getPriority());
show(() => os.getPriority(0));
show(() => os.getPriority(process.pid));
show(() => os.getPriority(999999));
show(() => os.setPriority(5));
show(() => os.getPriority());
show(() => os.setPriority(0, 7));
show(() => os.getPriority());
// Raising the priority (a negative niceness) needs CAP_SYS_NICE: not compared (root on the host has it, a runtime never does).
show(() => os.setPriority(999999, 1));
show(() => os.setPriority(20));
show(() => os.setPriority('x'));
show(() => os.setPriority(0, 1.5));
show(() => os.getPriority('1'));
