package org.linli.tenants.registry.importexport;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a resident list, with the header names accepted for each (English and Chinese), in the order of
 * the template {@code community,building,unit,room,name,mobile,id_number,birth_date,gender,relation,tags,
 * floor_area,owner,ownership_share}:
 * the last three say the home's floor area in m², whether the resident owns it (是/否) and their share in percent.
 */
public enum ImportColumn {
    COMMUNITY(true, "community", "小区", "社区", "小区名称", "社区名称"),
    BUILDING(true, "building", "楼栋", "楼号", "栋"),
    UNIT(true, "unit", "单元"),
    ROOM(true, "room", "房号", "房间", "门牌号", "室"),
    NAME(true, "name", "姓名"),
    MOBILE(false, "mobile", "手机", "手机号", "手机号码", "电话", "联系电话"),
    ID_NUMBER(false, "id_number", "身份证", "身份证号", "身份证号码", "证件号码"),
    BIRTH_DATE(false, "birth_date", "出生日期", "生日"),
    GENDER(false, "gender", "性别"),
    RELATION(false, "relation", "与户主关系", "关系"),
    TAGS(false, "tags", "标签", "人员标签"),
    FLOOR_AREA(false, "floor_area", "建筑面积", "面积", "房屋面积"),
    OWNER(false, "owner", "业主", "是否业主", "产权人"),
    OWNERSHIP_SHARE(false, "ownership_share", "产权份额", "份额", "产权比例");

    private final boolean required;
    private final List<String> names;

    ImportColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    public boolean required() {
        return required;
    }

    /** The template's (English) header name. */
    public String header() {
        return names.get(0);
    }

    /** The column a header names, ignoring case, spaces and a trailing "*" (required marker in templates). */
    public static Optional<ImportColumn> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = header.strip().replace("*", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.names.stream()
                .anyMatch(candidate -> candidate.replace("_", "").equals(name.replace("_", "")))).findFirst();
    }
}
