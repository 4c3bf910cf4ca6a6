package io.escapement.account.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.escapement.privacy.Category;
import io.escapement.privacy.Purpose;
import io.escapement.sharing.Disclosure;
import io.escapement.sharing.SharingGateway;
import io.escapement.testing.Buyer;
import io.escapement.vault.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keeps U-1 for shares (S-1): under "who accessed my data" a buyer sees who outside the platform
 * received which categories of their data, when, why and on which legal basis, and nobody else's.
 */
@SpringBootTest(properties = "escapement.demo.listings=0")
@AutoConfigureMockMvc
class AccessHistoryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SharingGateway gateway;

    @Test
    void showsWhoReceivedWhichCategoriesWhenAndWhy() throws Exception {
        var buyer = SubjectId.random();
        var someoneElse = SubjectId.random();
        gateway.share(Disclosure.to("merchants", Purpose.ORDER_FULFILMENT, buyer, "20261203-SHAR0001")
                .field("orderNumber", Category.USER_TRANSACTION, "20261203-SHAR0001")
                .field("recipientMasked", Category.USER_NAME, "欧阳**")
                .field("phoneMasked", Category.USER_CONTACT_PHONE, "139****5678"));

        mvc.perform(get("/account/accesses").with(Buyer.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("谁获得了我的信息"),
                                containsString("出售腕表的商家"),
                                containsString("姓名"),
                                containsString("手机号码"),
                                containsString("交易记录"),
                                containsString("订单履约与配送"),
                                containsString("订立、履行合同所必需"),
                                containsString("20261203-SHAR0001"),
                                not(containsString("139****5678")),
                                not(containsString("欧阳**")))));
        mvc.perform(get("/account/accesses").param("lang", "en").with(Buyer.as(buyer)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Who received my data"),
                                containsString("The merchant selling the watch"),
                                containsString("Order fulfilment and delivery"))));
        mvc.perform(get("/account/accesses").with(Buyer.as(someoneElse)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("还没有平台外的接收方获得您的个人信息"), not(containsString("20261203-SHAR0001")))));
    }
}
