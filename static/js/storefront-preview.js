// Live preview of the brand colour: the same contrast rule as the server (WCAG AA, see coops/branding.py).
(function () {
  var input = document.querySelector('#storefront-form input[name="brand_color"]');
  var header = document.getElementById('preview-header');
  if (!input || !header) return;
  function channel(v) { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  function luminance(hex) {
    return 0.2126 * channel(parseInt(hex.substr(1, 2), 16)) + 0.7152 * channel(parseInt(hex.substr(3, 2), 16)) +
      0.0722 * channel(parseInt(hex.substr(5, 2), 16));
  }
  function contrast(a, b) { var x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
  function update() {
    var colour = input.value;
    if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return;
    var text = contrast(colour, '#1d1d1b') >= contrast(colour, '#ffffff') ? '#1d1d1b' : '#ffffff';
    if (contrast(colour, text) < 4.5) text = '#000000';
    header.style.setProperty('--brand', colour);
    header.style.setProperty('--brand-text', text);
  }
  input.addEventListener('input', update);
})();
