// Share buttons without any third-party script (theme/templates/_promotion.html). "Zalo" opens
// the system share sheet (which lists Zalo on phones) where the browser has one; elsewhere it
// copies the address, as "Sao chép liên kết" always does, and says so in the status line. The
// buttons are hidden in the page and shown here: without JavaScript they could do nothing.
for (const button of document.querySelectorAll("[data-tdkt-share], [data-tdkt-copy]")) {
  button.hidden = false;
}

async function copyAddress(address) {
  try {
    await navigator.clipboard.writeText(address);
    return true;
  } catch (_) {
    return false;  // no permission, or not a secure page (http://): the address is shown instead
  }
}

document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-tdkt-share], [data-tdkt-copy]");
  if (!button) return;
  const address = button.dataset.tdktShare || button.dataset.tdktCopy;
  const status = button.parentElement.querySelector(".tdkt-share__status");
  const say = (text) => { if (status) status.textContent = text; };
  if (button.dataset.tdktShare && navigator.share) {
    try {
      await navigator.share({ title: button.dataset.tdktTitle, url: address });
      say("Đã mở bảng chia sẻ: chọn Zalo hoặc ứng dụng khác.");
    } catch (error) {
      // The reader closed the share sheet (AbortError): nothing to say.
      if (error.name !== "AbortError") say("Không mở được bảng chia sẻ. Địa chỉ trang: " + address);
    }
    return;
  }
  if (await copyAddress(address)) {
    say(button.dataset.tdktShare
      ? "Đã sao chép liên kết: mở Zalo và dán vào tin nhắn để chia sẻ."
      : "Đã sao chép liên kết: dán vào Zalo hoặc tin nhắn để chia sẻ.");
  } else {
    say("Chưa sao chép được. Địa chỉ trang: " + address);
  }
});
