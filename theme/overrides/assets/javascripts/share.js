// Share links without any third-party script: the system share sheet (which lists Zalo on
// phones) when the browser has one, otherwise the address is copied to the clipboard.
document.addEventListener("click", async (event) => {
  const link = event.target.closest("[data-tdkt-share], [data-tdkt-copy]");
  if (!link) return;
  event.preventDefault();
  const address = link.dataset.tdktShare || link.dataset.tdktCopy;
  const status = link.parentElement.querySelector(".tdkt-share__status");
  if (link.dataset.tdktShare && navigator.share) {
    try { await navigator.share({ title: link.dataset.tdktTitle, url: address }); } catch (_) {}
    return;
  }
  try {
    await navigator.clipboard.writeText(address);
    if (status) status.textContent = "Đã sao chép liên kết: dán vào Zalo hoặc tin nhắn để chia sẻ.";
  } catch (_) {
    if (status) status.textContent = address;
  }
});
