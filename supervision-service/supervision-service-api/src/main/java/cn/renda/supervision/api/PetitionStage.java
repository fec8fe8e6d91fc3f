package cn.renda.supervision.api;

/** Which limit of a petition ran out: accepting or refusing it (15 days), or handling it (60, +30 once). */
public enum PetitionStage {
    ACCEPTANCE("受理", "acceptance"),
    HANDLING("办理", "handling");

    private final String zh;
    private final String en;

    PetitionStage(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
