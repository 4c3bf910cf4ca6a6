package io.escapement.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.escapement.testing.Bundles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTests {

    private static final String UNKNOWN_PROVINCE =
            "The province must be one of China's 34 provincial-level divisions, such as 广东省, 上海市 or 广西壮族自治区.";

    @Test
    void holdsTheFourParts() {
        var address = PostalAddress.of("广东省", "深圳市", "南山区", "科技园南路88号");

        assertThat(address.province()).isEqualTo("广东省");
        assertThat(address.city()).isEqualTo("深圳市");
        assertThat(address.district()).isEqualTo("南山区");
        assertThat(address.detail()).isEqualTo("科技园南路88号");
    }

    @Test
    void trimsEachPart() {
        assertThat(PostalAddress.of(" 广东省 ", "深圳市\t", " 南山区", " 科技园南路88号 ").singleLine())
                .isEqualTo("广东省深圳市南山区科技园南路88号");
    }

    @ParameterizedTest
    @CsvSource({
        "北京, 北京市",
        "天津, 天津市",
        "上海, 上海市",
        "重庆, 重庆市",
        "河北, 河北省",
        "山西, 山西省",
        "辽宁, 辽宁省",
        "吉林, 吉林省",
        "黑龙江, 黑龙江省",
        "江苏, 江苏省",
        "浙江, 浙江省",
        "安徽, 安徽省",
        "福建, 福建省",
        "江西, 江西省",
        "山东, 山东省",
        "河南, 河南省",
        "湖北, 湖北省",
        "湖南, 湖南省",
        "广东, 广东省",
        "海南, 海南省",
        "四川, 四川省",
        "贵州, 贵州省",
        "云南, 云南省",
        "陕西, 陕西省",
        "甘肃, 甘肃省",
        "青海, 青海省",
        "台湾, 台湾省",
        "内蒙古, 内蒙古自治区",
        "广西, 广西壮族自治区",
        "西藏, 西藏自治区",
        "宁夏, 宁夏回族自治区",
        "新疆, 新疆维吾尔自治区",
        "香港, 香港特别行政区",
        "澳门, 澳门特别行政区"
    })
    void storesTheFullNameOfEachProvince(String shortName, String fullName) {
        assertThat(PostalAddress.of(shortName, "某市", "某区", "某路1号").province()).isEqualTo(fullName);
        assertThat(PostalAddress.of(fullName, "某市", "某区", "某路1号").province()).isEqualTo(fullName);
    }

    @ParameterizedTest
    @ValueSource(strings = {"粤", "广东省省", "加利福尼亚州", "Guangdong", "东京都"})
    void rejectsUnknownProvinces(String province) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(() -> PostalAddress.of(province, "某市", "某区", "某路1号"))
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(UNKNOWN_PROVINCE))
                .withMessageNotContaining(province);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void requiresEveryPart(String missing) {
        assertRejected(() -> PostalAddress.of(missing, "深圳市", "南山区", "科技园南路88号"), "Enter the province, such as 广东省.");
        assertRejected(() -> PostalAddress.of("广东省", missing, "南山区", "科技园南路88号"), "Enter the city, such as 深圳市.");
        assertRejected(
                () -> PostalAddress.of("广东省", "深圳市", missing, "科技园南路88号"),
                "Enter the district or county, such as 南山区.");
        assertRejected(
                () -> PostalAddress.of("广东省", "深圳市", "南山区", missing), "Enter the street address, such as 科技园南路88号.");
    }

    @Test
    void limitsTheDetailTo2To120Characters() {
        assertThat(PostalAddress.of("广东省", "深圳市", "南山区", "1号").detail()).isEqualTo("1号");
        assertThat(PostalAddress.of("广东省", "深圳市", "南山区", "路".repeat(120)).detail())
                .hasSize(120);
        assertRejected(
                () -> PostalAddress.of("广东省", "深圳市", "南山区", "路"), "The street address needs 2 to 120 characters.");
        assertRejected(
                () -> PostalAddress.of("广东省", "深圳市", "南山区", "路".repeat(121)),
                "The street address needs 2 to 120 characters.");
    }

    @Test
    void constructsOnlyWithTheFullProvinceName() {
        assertRejected(() -> new PostalAddress("广东", "深圳市", "南山区", "科技园南路88号"), UNKNOWN_PROVINCE);
    }

    @ParameterizedTest
    @CsvSource({
        "广东省深圳市南山区科技园南路88号, 广东省, 深圳市, 南山区, 科技园南路88号",
        "广东深圳市南山区科技园南路88号, 广东省, 深圳市, 南山区, 科技园南路88号",
        "广东省 深圳市 南山区 科技园南路88号, 广东省, 深圳市, 南山区, 科技园南路88号",
        "上海市浦东新区世纪大道100号, 上海市, 上海市, 浦东新区, 世纪大道100号",
        "上海市上海市浦东新区世纪大道100号, 上海市, 上海市, 浦东新区, 世纪大道100号",
        "北京市市辖区东城区东长安街1号, 北京市, 北京市, 东城区, 东长安街1号",
        "重庆市城口县葛城街道1号, 重庆市, 重庆市, 城口县, 葛城街道1号",
        "新疆维吾尔自治区乌鲁木齐市天山区解放北路1号, 新疆维吾尔自治区, 乌鲁木齐市, 天山区, 解放北路1号",
        "内蒙古自治区锡林郭勒盟锡林浩特市额尔敦路1号, 内蒙古自治区, 锡林郭勒盟, 锡林浩特市, 额尔敦路1号",
        "内蒙古呼伦贝尔市鄂温克族自治旗巴彦托海镇1号, 内蒙古自治区, 呼伦贝尔市, 鄂温克族自治旗, 巴彦托海镇1号",
        "吉林省延边朝鲜族自治州延吉市光明街1号, 吉林省, 延边朝鲜族自治州, 延吉市, 光明街1号",
        "湖北省恩施土家族苗族自治州恩施市舞阳大街1号, 湖北省, 恩施土家族苗族自治州, 恩施市, 舞阳大街1号",
        "黑龙江省大兴安岭地区漠河市中华路1号, 黑龙江省, 大兴安岭地区, 漠河市, 中华路1号",
        "江苏省苏州市昆山市前进中路1号, 江苏省, 苏州市, 昆山市, 前进中路1号",
        "山东省济南市市中区经十路1号, 山东省, 济南市, 市中区, 经十路1号",
        "香港特别行政区九龙城区太子道西1号, 香港特别行政区, 香港特别行政区, 九龙城区, 太子道西1号"
    })
    void splitsAnAddressWrittenOnOneLine(String oneLine, String province, String city, String district, String detail) {
        assertThat(PostalAddress.parse(oneLine)).isEqualTo(new PostalAddress(province, city, district, detail));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "杭州市西湖区文三路1号|An address starts with its province, such as 广东省 in 广东省深圳市南山区科技园南路88号.",
                "浙江省西湖区文三路1号|Add the city after the province, such as 深圳市 in 广东省深圳市南山区科技园南路88号.",
                "浙江省杭州市文三路1号|Add the district or county after the city, such as 南山区 in 广东省深圳市南山区科技园南路88号.",
                "浙江省杭州市西湖区|Enter the street address, such as 科技园南路88号.",
                "浙江省杭州市西湖区1|The street address needs 2 to 120 characters.",
                "上海市文三路1号|Add the district or county after the city, such as 南山区 in 广东省深圳市南山区科技园南路88号."
            })
    void saysWhichPartIsMissing(String oneLine, String message) {
        assertRejected(() -> PostalAddress.parse(oneLine), message);
        assertThat(message).doesNotContain(oneLine);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void asksForAnAddressWhenThereIsNone(String oneLine) {
        assertRejected(() -> PostalAddress.parse(oneLine), "Enter an address, such as 广东省深圳市南山区科技园南路88号.");
    }

    @Test
    void writesTheWholeAddressOnOneLine() {
        assertThat(PostalAddress.of("广东", "深圳市", "南山区", "科技园南路88号").singleLine())
                .isEqualTo("广东省深圳市南山区科技园南路88号");
        assertThat(PostalAddress.of("上海", "上海市", "浦东新区", "世纪大道100号").singleLine())
                .isEqualTo("上海市浦东新区世纪大道100号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"广东省深圳市南山区科技园南路88号", "上海市浦东新区世纪大道100号", "内蒙古自治区锡林郭勒盟锡林浩特市额尔敦路1号"})
    void readsBackItsOwnSingleLine(String oneLine) {
        assertThat(PostalAddress.parse(oneLine).singleLine()).isEqualTo(oneLine);
    }

    @Test
    void hidesTheDetail() {
        assertThat(PostalAddress.parse("广东省深圳市南山区科技园南路88号").masked()).isEqualTo("广东省深圳市南山区****");
        assertThat(PostalAddress.parse("上海市浦东新区世纪大道100号").masked()).isEqualTo("上海市浦东新区****");
    }

    @Test
    void printsOnlyTheMask() {
        var address = PostalAddress.parse("广东省深圳市南山区科技园南路88号");

        assertThat(address.toString()).isEqualTo("广东省深圳市南山区****");
        assertThat(List.of(address).toString()).doesNotContain("科技园");
    }

    private static void assertRejected(Runnable construction, String message) {
        assertThatExceptionOfType(InvalidPersonalData.class)
                .isThrownBy(construction::run)
                .satisfies(refused -> assertThat(Bundles.english(refused)).isEqualTo(message));
    }
}
