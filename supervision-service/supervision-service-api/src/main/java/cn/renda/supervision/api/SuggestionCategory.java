package cn.renda.supervision.api;

/** 建议类别: the categories township congresses file deputies' written suggestions under. */
public enum SuggestionCategory {
    ECONOMIC_CONSTRUCTION("经济建设", "economic construction"),
    SOCIAL_UNDERTAKINGS("社会事业", "social undertakings"),
    TOWNSHIP_CONSTRUCTION("城镇建设与管理", "township construction and management"),
    ROADS_TRANSPORT_WATER("道路交通与水利", "roads, transport and water works"),
    AGRICULTURE("农业农村", "agriculture and rural affairs"),
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    SuggestionCategory(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
