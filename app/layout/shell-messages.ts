/** Strings of the app's frame: a page that failed, and being offline; wired in as the `shell` key. */
export const shellMs = {
  pageFailed: 'Halaman ini tidak dapat dipaparkan',
  pageFailedBody: 'Berlaku ralat pada halaman ini. Ralat telah dilaporkan kepada pasukan sokongan. Cuba sekali lagi, atau kembali ke halaman utama.',
  tryAgain: 'Cuba lagi',
  reload: 'Muat semula aplikasi',
  offline: 'Anda di luar talian. Maklumat yang dipaparkan mungkin tidak terkini, dan tiada apa-apa boleh direkod sehingga sambungan pulih.',
  offlineTitle: 'Tiada sambungan ke pelayan',
  offlineBody: 'SPOT-Me tidak dapat menghubungi pelayan untuk menyemak sesi anda. Anda tidak dilog keluar: sambung semula ke internet dan cuba lagi.',
};
export type ShellMessages = { [K in keyof typeof shellMs]: string };

export const shellEn: ShellMessages = {
  pageFailed: 'This page could not be shown',
  pageFailedBody: 'Something went wrong on this page. The error has been reported to the support team. Try again, or go back to the home page.',
  tryAgain: 'Try again',
  reload: 'Reload the app',
  offline: 'You are offline. What is shown may not be up to date, and nothing can be recorded until the connection is back.',
  offlineTitle: 'No connection to the server',
  offlineBody: 'SPOT-Me cannot reach the server to check your session. You have not been logged out: reconnect to the internet and try again.',
};
