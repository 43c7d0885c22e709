/** Now as naive Asia/Shanghai local time, `YYYY-MM-DD HH:MM:SS`, as the warehouse stores times. */
export function shanghaiNow(date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
