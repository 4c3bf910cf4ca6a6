package io.escapement.catalog;

import io.escapement.language.Localized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cities where listed watches are kept, in Chinese as stored, with their English names for the
 * English storefront. A city missing here is shown as stored.
 */
public final class Cities {

    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"上海", "Shanghai"}, {"北京", "Beijing"}, {"深圳", "Shenzhen"}, {"广州", "Guangzhou"},
            {"杭州", "Hangzhou"}, {"成都", "Chengdu"}, {"南京", "Nanjing"}, {"武汉", "Wuhan"},
            {"重庆", "Chongqing"}, {"西安", "Xi'an"}, {"苏州", "Suzhou"}, {"天津", "Tianjin"},
            {"厦门", "Xiamen"}, {"青岛", "Qingdao"}, {"长沙", "Changsha"}, {"宁波", "Ningbo"},
            {"大连", "Dalian"}, {"沈阳", "Shenyang"}, {"郑州", "Zhengzhou"}, {"昆明", "Kunming"},
            {"福州", "Fuzhou"}, {"合肥", "Hefei"}, {"济南", "Jinan"}, {"哈尔滨", "Harbin"},
            {"东莞", "Dongguan"}, {"佛山", "Foshan"}, {"无锡", "Wuxi"}, {"温州", "Wenzhou"},
            {"三亚", "Sanya"}, {"海口", "Haikou"}
        };
        for (var pair : pairs) {
            ENGLISH.put(pair[0], pair[1]);
        }
    }

    private Cities() {}

    /** The city's name: as stored in Chinese, and its English name (or as stored, if it has none). */
    public static Localized name(String city) {
        return new Localized(city, ENGLISH.getOrDefault(city, city));
    }

    /** Every city with an English name, in order of commercial importance. */
    public static List<String> known() {
        return List.copyOf(ENGLISH.keySet());
    }
}
