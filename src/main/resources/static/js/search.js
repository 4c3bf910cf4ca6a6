// Autocomplete for the header search box: suggestions from /api/v1/search/suggest in a listbox
// (ARIA combobox). The buyer's own earlier searches carry a clock, popular searches a rising line.
(function () {
    'use strict';
    var SVG = 'http://www.w3.org/2000/svg';
    var MARKS = {
        HISTORY: ['M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13', 'M8 4.5V8l2.5 1.5'],
        POPULAR: ['M1.5 11.5l4-4 3 3 5.5-5.5', 'M10 5h4v4']
    };

    function icon(source) {
        var svg = document.createElementNS(SVG, 'svg');
        svg.setAttribute('viewBox', '0 0 16 16');
        svg.setAttribute('width', '14');
        svg.setAttribute('height', '14');
        (MARKS[source] || []).forEach(function (d) {
            var path = document.createElementNS(SVG, 'path');
            path.setAttribute('d', d);
            svg.appendChild(path);
        });
        return svg;
    }

    function init() {
        var input = document.getElementById('search-input');
        var list = document.getElementById('search-suggestions');
        if (!input || !list) {
            return;
        }
        var timer = null;
        var latest = 0;
        var active = -1;

        function options() {
            return list.querySelectorAll('[role=option]');
        }

        function close() {
            list.hidden = true;
            list.replaceChildren();
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
            active = -1;
        }

        function highlight(index) {
            var all = options();
            all.forEach(function (option, i) { option.setAttribute('aria-selected', String(i === index)); });
            active = index;
            if (index >= 0) {
                input.setAttribute('aria-activedescendant', all[index].id);
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(option) {
            input.value = option.dataset.value;
            close();
            input.form.submit();
        }

        function label(source) {
            if (source === 'HISTORY') {
                return input.dataset.historyLabel;
            }
            return source === 'POPULAR' ? input.dataset.popularLabel : '';
        }

        function show(suggestions) {
            if (!suggestions.length) {
                close();
                return;
            }
            list.replaceChildren.apply(list, suggestions.map(function (s, i) {
                var option = document.createElement('li');
                option.id = 'search-suggestion-' + i;
                option.className = 'suggestion';
                option.setAttribute('role', 'option');
                option.setAttribute('aria-selected', 'false');
                option.dataset.value = s.text;
                option.dataset.source = s.source;
                var mark = document.createElement('span');
                mark.className = 'suggestion-mark';
                mark.setAttribute('aria-hidden', 'true');
                mark.appendChild(icon(s.source));
                var text = document.createElement('span');
                text.className = 'suggestion-text';
                text.textContent = s.text;
                var source = document.createElement('span');
                source.className = 'suggestion-source';
                source.textContent = label(s.source);
                option.append(mark, text, source);
                option.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(option);
                });
                return option;
            }));
            active = -1;
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function fetchSuggestions(typed) {
            var ticket = ++latest;
            fetch('/api/v1/search/suggest?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (body) {
                    if (ticket === latest && document.activeElement === input) {
                        show(body.suggestions);
                    }
                })
                .catch(close);
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            var typed = input.value.trim();
            timer = setTimeout(function () { fetchSuggestions(typed); }, 120);
        });
        input.addEventListener('focus', function () {
            if (!input.value.trim()) {
                fetchSuggestions('');
            }
        });
        input.addEventListener('blur', function () {
            ++latest;
            close();
        });
        input.addEventListener('keydown', function (event) {
            var count = options().length;
            if (list.hidden || !count) {
                return;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                var step = event.key === 'ArrowDown' ? 1 : count - 1;
                highlight(active < 0 && step !== 1 ? count - 1 : (active + step) % count);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                choose(options()[active]);
            } else if (event.key === 'Escape') {
                close();
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
