// Sorts the records table when a column header is clicked; a second click reverses. Empty cells go last.
document.querySelectorAll("table.sortable").forEach((table) => {
  const headers = Array.from(table.tHead.rows[0].cells);
  headers.forEach((header, column) => {
    header.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => other.removeAttribute("aria-sort"));
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const body = table.tBodies[0];
      const text = (row) => row.cells[column].textContent.trim();
      const rows = Array.from(body.rows).sort((a, b) => {
        const [x, y] = [text(a), text(b)];
        if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
        return x.localeCompare(y, "nl", { numeric: true }) * (ascending ? 1 : -1);
      });
      rows.forEach((row) => body.appendChild(row));
    });
  });
});
