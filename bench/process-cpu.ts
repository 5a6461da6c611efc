import { readFileSync, readdirSync } from 'node:fs';

/** CPU time (ms) of one Chromium instance's processes, by role: what the bench cannot see from inside a page. */
export interface ChromiumCpu {
  /** The browser process: IndexedDB's backend (LevelDB writes and compaction), IPC, file reads. */
  browser: number;
  /** Renderers: the extension's service worker and pages (and any web page open). */
  renderers: number;
  other: number;
}

function stat(pid: string): { ppid: number; cpuMs: number } | null {
  try {
    // Fields after "pid (comm) ": state ppid ... utime (14th field) stime (15th), in clock ticks (100 per second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { ppid: Number(fields[1]), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
  } catch {
    return null;
  }
}

/**
 * The CPU spent so far by the Chromium started with `userDataDir` and its children, or null where /proc is not there
 * (the bench then prints no CPU rows).
 */
export function chromiumCpu(userDataDir: string): ChromiumCpu | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  // Chromium rewrites its children's command lines into one space-separated string: the flags are read as text.
  const cmdline = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      return '';
    }
  };
  const root = pids.find((pid) => {
    const args = cmdline(pid);
    return !args.includes(' --type=') && args.includes(` --user-data-dir=${userDataDir} `);
  });
  if (!root) return null;
  const stats = new Map(pids.map((pid) => [pid, stat(pid)] as const));
  const inTree = (pid: string): boolean => {
    for (let p: string | undefined = pid, hops = 0; p && hops < 8; hops++) {
      if (p === root) return true;
      p = String(stats.get(p)?.ppid ?? '');
    }
    return false;
  };
  const out: ChromiumCpu = { browser: 0, renderers: 0, other: 0 };
  for (const [pid, s] of stats) {
    if (!s || !inTree(pid)) continue;
    const args = cmdline(pid);
    if (pid === root) out.browser += s.cpuMs;
    else if (args.includes(' --type=renderer ')) out.renderers += s.cpuMs;
    else out.other += s.cpuMs;
  }
  return out;
}
