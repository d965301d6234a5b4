// Small enhancements; every page works with keyboard and without this file except the live progress.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Ranking: move a mentor up or down; the hidden inputs follow the list order, focus stays on the pressed button.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-move]');
  if (!button) {
    return;
  }
  event.preventDefault();
  var item = button.closest('li');
  var list = item.parentElement;
  if (button.dataset.move === 'up' && item.previousElementSibling) {
    list.insertBefore(item, item.previousElementSibling);
  } else if (button.dataset.move === 'down' && item.nextElementSibling) {
    list.insertBefore(item.nextElementSibling, item);
  } else if (button.dataset.move === 'remove') {
    var next = item.nextElementSibling || item.previousElementSibling;
    item.remove();
    if (next) { next.querySelector('button').focus(); }
  }
  Array.prototype.forEach.call(list.children, function (li, index) {
    var rank = li.querySelector('.rank');
    if (rank) { rank.textContent = (index + 1) + '.'; }
  });
  var status = document.getElementById('ranking-status');
  if (status && button.dataset.move !== 'remove') {
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    status.textContent = item.dataset.name + ' is now choice ' + position + '.';
  }
  if (button.isConnected) { button.focus(); }
});

// Week grid: arrow keys move between the hours and days.
document.addEventListener('keydown', function (event) {
  var box = event.target;
  if (!box.matches || !box.matches('.week input[type=checkbox]')) {
    return;
  }
  var cell = box.closest('td');
  var row = cell.parentElement;
  var column = Array.prototype.indexOf.call(row.children, cell);
  var target = null;
  if (event.key === 'ArrowRight') { target = cell.nextElementSibling; }
  if (event.key === 'ArrowLeft') { target = column > 1 ? cell.previousElementSibling : null; }
  if (event.key === 'ArrowDown' && row.nextElementSibling) { target = row.nextElementSibling.children[column]; }
  if (event.key === 'ArrowUp' && row.previousElementSibling) { target = row.previousElementSibling.children[column]; }
  if (target) {
    event.preventDefault();
    target.querySelector('input').focus();
  }
});
