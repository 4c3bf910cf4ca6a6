package io.escapement.privacy;

/**
 * Why personal information is processed. The closed list every declaration and every read must
 * name; the consent module gives each its legal basis and consent rules.
 */
public enum Purpose {
    ACCOUNT("账户注册与管理", "Account registration and management"),
    MERCHANT_ONBOARDING("商家入驻与资质审核", "Merchant onboarding and verification"),
    ORDER_FULFILMENT("订单履约与配送", "Order fulfilment and delivery"),
    PAYMENT("支付与结算", "Payment and settlement"),
    CUSTOMER_SERVICE("客户服务与售后", "Customer service and after-sales"),
    SECURITY("账户与交易安全", "Account and transaction security"),
    LEGAL_OBLIGATION("履行法定义务", "Legal obligations"),
    PERSONALISATION("个性化推荐", "Personalised recommendations"),
    MARKETING("营销推广", "Marketing"),
    ANALYTICS("统计分析", "Analytics");

    private final String zh;
    private final String en;

    Purpose(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String label(boolean chinese) {
        return chinese ? zh : en;
    }
}
