// Autocomplete for the header search box: suggestions from /api/v1/search/suggest fill a datalist.
(function () {
    'use strict';
    function init() {
        var input = document.getElementById('search-input');
        var list = document.getElementById('search-suggestions');
        if (!input || !list) {
            return;
        }
        var timer = null;
        var latest = 0;
        input.addEventListener('input', function () {
            clearTimeout(timer);
            var typed = input.value.trim();
            if (!typed) {
                list.replaceChildren();
                return;
            }
            timer = setTimeout(function () {
                var ticket = ++latest;
                fetch('/api/v1/search/suggest?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
                    .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                    .then(function (body) {
                        if (ticket !== latest) {
                            return;
                        }
                        list.replaceChildren.apply(list, body.suggestions.map(function (s) {
                            var option = document.createElement('option');
                            option.value = s.text;
                            return option;
                        }));
                    })
                    .catch(function () { list.replaceChildren(); });
            }, 120);
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
