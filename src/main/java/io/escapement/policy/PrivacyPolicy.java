package io.escapement.policy;

import io.escapement.policy.PolicyDocument.Block;
import io.escapement.policy.PolicyDocument.Items;
import io.escapement.policy.PolicyDocument.Paragraph;
import io.escapement.policy.PolicyDocument.Section;
import io.escapement.policy.PolicyDocument.Table;
import io.escapement.privacy.Category;
import io.escapement.privacy.CookieCategory;
import io.escapement.privacy.DataMap;
import io.escapement.privacy.LegalBasis;
import io.escapement.privacy.Purpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the privacy policy from what the code declares (N-4): the data map, the purpose registry
 * and its legal bases, the recipients and SDK registries, the cookie inventory and the operator's
 * contact details. Nothing in it is written by hand per release, so it cannot fall behind the
 * code; {@link PolicyCoverage} proves that it does not.
 *
 * <p>It also says what the code keeps but does not declare field by field: storage in the
 * residency region and separate consent for transfers out of it, face sign-in by passkey
 * with no facial data on the server (C-6), processing without consent only on the listed legal
 * bases (C-9), retention until one month after cancellation with the regret period,
 * the user's rights and how to use them, minors, and how the policy changes (N-1 to N-3).
 *
 * <p>Built from explicit inputs, so that a test can generate the policy of any set of
 * declarations.
 */
public final class PrivacyPolicy {

    private final DataMap dataMap;
    private final CookieInventory cookies;
    private final Recipients recipients;
    private final Sdks sdks;
    private final PolicyProperties.Contact contact;

    public PrivacyPolicy(
            DataMap dataMap,
            CookieInventory cookies,
            Recipients recipients,
            Sdks sdks,
            PolicyProperties.Contact contact) {
        this.dataMap = dataMap;
        this.cookies = cookies;
        this.recipients = recipients;
        this.sdks = sdks;
        this.contact = contact;
    }

    /**
     * The policy as it reads for {@code version} in {@code language}.
     *
     * @throws IllegalArgumentException when {@code version} is a draft: only published versions have
     *     dates to state
     */
    public PolicyDocument document(PolicyVersion version, PolicyLanguage language) {
        if (!version.isPublished() || version.publishedAt() == null || version.effectiveAt() == null) {
            throw new IllegalArgumentException("Version " + version.number() + " is a draft; only a published"
                    + " version of the policy has a text.");
        }
        boolean zh = language.chinese();
        var sections = List.of(
                about(version, zh),
                data(zh),
                purposes(zh),
                withoutConsent(zh),
                biometrics(zh),
                cookies(zh),
                recipients(zh),
                sdks(zh),
                storage(zh),
                retention(zh),
                rights(zh),
                minors(zh),
                changes(zh),
                contact(zh));
        return new PolicyDocument(
                version.number(),
                language.tag(),
                zh ? "Escapement 隐私政策" : "Escapement privacy policy",
                version.publishedAt(),
                version.effectiveAt(),
                Wording.date(version.publishedAt(), zh),
                Wording.date(version.effectiveAt(), zh),
                sections);
    }

    private Section about(PolicyVersion version, boolean zh) {
        var blocks = new ArrayList<Block>();
        blocks.add(p(
                zh,
                contact.company() + "（下称“我们”）运营 Escapement 二手名表交易平台，包括网站、手机应用及其接口。"
                        + "本政策告诉您：我们处理您的哪些个人信息、为什么处理、交给谁、保存多久、如何保护，以及您可以怎样行使自己的权利。",
                contact.company() + " (\"we\") runs Escapement, a marketplace for pre-owned watches: its website, its"
                        + " apps and their API. This policy tells you which of your personal information we handle,"
                        + " why, who receives it, how long we keep it and how we protect it, and how you can use your"
                        + " rights."));
        blocks.add(p(
                zh,
                "本政策由平台根据代码中的声明自动生成：下文的个人信息清单、处理目的、接收方、SDK 与 Cookie 清单，" + "均直接取自平台实际运行的配置，而非另行撰写的描述。每次构建都会核对二者是否一致。",
                "This policy is generated from declarations in the platform's code: the inventories of personal"
                        + " information, purposes, recipients, SDKs and cookies below are taken from what the platform"
                        + " actually runs, not written separately. Every build checks that the two agree."));
        blocks.add(p(
                zh,
                "这是本政策的第 " + version.number() + " 版，于 " + Wording.date(version.publishedAt(), true) + " 发布，自 "
                        + Wording.date(version.effectiveAt(), true) + " 起生效。本版变化：" + version.summaryZh(),
                "This is version " + version.number() + " of this policy, published on "
                        + Wording.date(version.publishedAt(), false) + " and in effect from "
                        + Wording.date(version.effectiveAt(), false) + ". What changed: " + version.summaryEn()));
        if (version.isMaterial()) {
            blocks.add(p(zh, "本版属于重大变更，涉及：", "This version is a material change of these kinds:"));
            blocks.add(new Items(version.materialChanges().stream()
                    .map(change -> change.label(zh))
                    .toList()));
        }
        return new Section("about", zh ? "一、关于本政策" : "1. About this policy", blocks);
    }

    private Section data(boolean zh) {
        var rows = dataMap.fields().stream()
                .map(field -> List.of(
                        zh ? field.label().zh() : field.label().en(),
                        field.category().label(zh),
                        sensitivity(field.category(), zh),
                        labels(field.purposes(), zh),
                        field.retention().isZero()
                                ? Wording.period(field.retention(), zh)
                                : zh
                                        ? "服务关系结束后 " + Wording.period(field.retention(), true)
                                        : Wording.period(field.retention(), false) + " after the relationship ends"))
                .toList();
        return new Section(
                "data",
                zh ? "二、我们处理的个人信息" : "2. The personal information we hold",
                List.of(
                        p(
                                zh,
                                "下表逐项列出平台声明的每一项个人信息：它是什么、所属类别、是否为敏感个人信息及其分级、用于哪些目的、保存多久。" + "表中没有的个人信息，平台不会收集。",
                                "The table lists every item of personal information the platform declares: what it"
                                        + " is, its category, whether it is sensitive and its grade, what it is used"
                                        + " for and how long it is kept. The platform collects no personal information"
                                        + " that is not in this table."),
                        new Table(
                                "data-map",
                                zh
                                        ? List.of("个人信息", "类别", "敏感程度与分级", "用途", "保存期限")
                                        : List.of(
                                                "Personal information",
                                                "Category",
                                                "Sensitivity and grade",
                                                "Used for",
                                                "Kept for"),
                                rows),
                        p(
                                zh,
                                "敏感个人信息一旦泄露或被滥用，容易危及您的人身、财产安全或人格尊严，包括身份证件号码、金融账户、交易记录、"
                                        + "精准定位、生物识别信息以及不满十四周岁未成年人的信息。我们对它们从严处理：不用于营销，"
                                        + "只有个人信息保护负责人才能查看明文，并且只在取得您的单独同意或法律允许时处理。",
                                "Sensitive personal information is information whose leak or misuse could easily harm"
                                        + " your safety, property or dignity: identity document numbers, financial"
                                        + " accounts, transaction records, precise location, biometric data and the"
                                        + " data of children under 14. We handle it more strictly: it is never used for"
                                        + " marketing, only the personal-information protection officer may see it"
                                        + " unmasked, and we process it only with your separate consent or where the"
                                        + " law allows."),
                        p(
                                zh,
                                "所有个人信息都在独立的个人信息库中加密保存，每位用户使用各自的密钥；在页面、后台和日志中默认脱敏显示，"
                                        + "员工查看明文需有相应角色并说明理由，每一次查看都被记入防篡改的审计日志。",
                                "All personal information is kept encrypted in a separate vault, under a key of each"
                                        + " user's own; pages, the staff console and logs show it masked. Staff see it"
                                        + " unmasked only with the right role and a stated reason, and every such view"
                                        + " is written to a tamper-evident audit trail.")));
    }

    private Section purposes(boolean zh) {
        var rows = Arrays.stream(Purpose.values())
                .map(purpose -> List.of(
                        purpose.label(zh),
                        purpose.description(zh),
                        purpose.legalBasis().label(zh),
                        purpose.isRequired() ? (zh ? "必需" : "required") : (zh ? "可选" : "optional"),
                        Wording.yesNo(purpose.needsSeparateConsent(), zh),
                        purpose.isRequired()
                                ? (zh ? "不提供则无法使用本服务" : "Without it you cannot use the service")
                                : purpose.withoutIt(zh)))
                .toList();
        return new Section(
                "purposes",
                zh ? "三、处理目的与法律依据" : "3. Why we process it, and on what legal basis",
                List.of(
                        p(
                                zh,
                                "我们只为下表所列目的处理个人信息，每一项处理都要在代码中写明目的。必需的目的是提供服务本身所需；"
                                        + "可选的目的以您的同意为前提，您不同意或撤回同意，只会停止对应的功能。"
                                        + "要把个人信息用于表外的新目的，我们必须先请您主动勾选同意。",
                                "We process personal information only for the purposes in this table, and every"
                                        + " processing step names its purpose in the code. Required purposes are what the"
                                        + " service itself needs; optional ones rest on your consent, and refusing or"
                                        + " withdrawing it stops only the matching feature. Before using personal"
                                        + " information for any new purpose we must ask you to tick your consent."),
                        new Table(
                                "purposes",
                                zh
                                        ? List.of("目的", "做什么", "法律依据", "必需或可选", "需单独同意", "不同意的影响")
                                        : List.of(
                                                "Purpose",
                                                "What it does",
                                                "Legal basis",
                                                "Required or optional",
                                                "Separate consent",
                                                "If you say no"),
                                rows)));
    }

    private Section withoutConsent(boolean zh) {
        return new Section(
                "without-consent",
                zh ? "四、无需您同意即可处理的情形" : "4. When we may process without your consent",
                List.of(
                        p(
                                zh,
                                "除您的同意外，我们只在法律列明的下列情形下处理个人信息。撤回同意只停止以同意为依据的处理，" + "不影响撤回之前已经依法进行的处理，也不影响基于下列依据的处理：",
                                "Apart from your consent, we process personal information only on the grounds the law"
                                        + " lists below. Withdrawing consent stops the processing that rests on consent;"
                                        + " it does not undo lawful processing done before, nor stop processing on these"
                                        + " grounds:"),
                        new Items(Arrays.stream(LegalBasis.values())
                                .filter(basis -> basis != LegalBasis.CONSENT)
                                .map(basis -> basis.label(zh))
                                .toList())));
    }

    private Section biometrics(boolean zh) {
        return new Section(
                "biometrics",
                zh ? "五、刷脸登录与生物识别信息" : "5. Face sign-in and biometric data",
                List.of(
                        p(
                                zh,
                                "刷脸/指纹登录使用通行密钥（Passkey）：由您的手机或电脑在本机核对您的面容或指纹，核对通过后用设备里保存的私钥完成签名。"
                                        + "我们只保存设备为本网站生成的公钥，以及您给设备起的名称和使用时间；我们的服务器只收到签名，"
                                        + "收不到、也不保存任何面部图像、面部特征或指纹信息。",
                                "Face or fingerprint sign-in uses a passkey: your phone or computer checks your face or"
                                        + " fingerprint itself and, once it matches, signs in with a private key kept on"
                                        + " the device. We keep only the public key the device made for this site, the"
                                        + " name you gave the device and when it was used. Our servers receive only the"
                                        + " signature; they never receive or keep a picture of your face, facial features"
                                        + " or fingerprint data."),
                        p(
                                zh,
                                "目前平台不处理任何生物识别信息。如果将来某项功能需要处理，我们会先说明用途，并单独征求您的同意；" + "您不同意，现有功能照常可用。",
                                "The platform processes no biometric data today. Should a future feature need it, we"
                                        + " will first explain what for and ask for your separate consent; if you say"
                                        + " no, everything you use today keeps working.")));
    }

    private Section cookies(boolean zh) {
        var rows = cookies.cookies().stream()
                .map(cookie -> List.of(
                        cookie.name(),
                        cookie.category().label(zh),
                        cookie.purpose(zh),
                        Wording.lifetime(cookie.lifetime(), zh)))
                .toList();
        boolean analytics =
                cookies.cookies().stream().anyMatch(cookie -> cookie.category() == CookieCategory.ANALYTICS);
        return new Section(
                "cookies",
                zh ? "六、Cookie 与同类技术" : "6. Cookies and similar technologies",
                List.of(
                        p(
                                zh,
                                "我们只使用本站自己设置的 Cookie，只有本站服务器能够读取，不使用任何第三方 Cookie。"
                                        + "下表列出代码中声明的全部 Cookie，它们只用于表中所写的用途。",
                                "We use only cookies that this site sets itself, which only this site's servers can"
                                        + " read; we use no third-party cookies. The table lists every cookie declared in"
                                        + " the code, and each is used only for what the table says."),
                        new Table(
                                "cookie-inventory",
                                zh
                                        ? List.of("名称", "类别", "用途", "有效期")
                                        : List.of("Name", "Category", "What it is for", "Lifetime"),
                                rows),
                        analytics
                                ? p(
                                        zh,
                                        "统计分析类 Cookie 只在您同意“关联账户的统计分析”后才会设置。",
                                        "Analytics cookies are set only after you consent to analytics linked to"
                                                + " your account.")
                                : p(zh, "我们目前不使用统计分析类 Cookie。", "We set no analytics cookies at present."),
                        p(
                                zh,
                                "您可以随时在浏览器中清除或拒绝 Cookie。清除后您需要重新登录并重新选择语言，其余功能照常可用。",
                                "You can clear or block cookies in your browser at any time. You will then need to"
                                        + " sign in again and choose your language again; everything else keeps"
                                        + " working.")));
    }

    private Section recipients(boolean zh) {
        var rows = recipients.all().stream()
                .map(recipient -> List.of(
                        recipient.name(zh),
                        recipient.company(),
                        recipient.region().label(zh),
                        recipient.kind().label(zh),
                        labels(recipient.purposes(), zh),
                        categories(recipient.categories(), zh),
                        recipients.isCrossBorder(recipient)
                                ? (zh ? "是，需您单独同意" : "yes, needs your separate consent")
                                : (zh ? "否" : "no")))
                .toList();
        return new Section(
                "recipients",
                zh ? "七、个人信息的共享与委托处理" : "7. Who receives personal information",
                List.of(
                        p(
                                zh,
                                "我们不出售个人信息。只有下表登记的接收方才能从平台收到个人信息，并且只能收到表中为所列目的登记的类别；"
                                        + "未登记的接收方收不到任何个人信息。受托处理者只能按我们的指示处理；独立处理者按其自己的隐私政策处理，"
                                        + "我们与其约定只把信息用于表中的目的。",
                                "We never sell personal information. Only the recipients registered in this table"
                                        + " receive personal information from the platform, and only the categories"
                                        + " registered for the purposes listed; an unregistered recipient receives"
                                        + " nothing. Processors may act only on our instructions; independent"
                                        + " controllers act under their own privacy policies and are bound by contract"
                                        + " to use the information only for the purposes listed."),
                        p(
                                zh,
                                "支付机构只收到订单号和金额，不会收到您的姓名、电话或地址；快递公司收到的运单上，您的姓名和电话经过遮盖。",
                                "Payment providers receive the order number and amount, never your name, phone"
                                        + " number or address; the waybill the courier receives shows your name and"
                                        + " phone number masked."),
                        new Table(
                                "recipients",
                                zh
                                        ? List.of("接收方", "公司", "处理地", "身份", "目的", "个人信息类别", "跨境提供")
                                        : List.of(
                                                "Recipient",
                                                "Company",
                                                "Where it processes",
                                                "Role",
                                                "Purposes",
                                                "Personal information",
                                                "Cross-border"),
                                rows),
                        p(
                                zh,
                                "在合并、收购或资产转让中如需转让个人信息，我们会要求承接方继续受本政策约束，否则由其重新征求您的同意；"
                                        + "这属于重大变更，会按第十三节通知您。除非您明确同意或有法律规定，我们不会公开披露您的个人信息。",
                                "If personal information must pass to another company in a merger, acquisition or"
                                        + " sale of assets, we require that company to keep to this policy or to ask"
                                        + " for your consent again; this is a material change and we tell you as"
                                        + " section 13 describes. We disclose personal information publicly only with"
                                        + " your explicit consent or where the law requires it.")));
    }

    private Section sdks(boolean zh) {
        var rows = sdks.all().stream()
                .map(sdk -> List.of(
                        sdk.name(zh),
                        sdk.company(),
                        labels(sdk.purposes(), zh),
                        sdk.data(zh),
                        sdk.policy().orElse("—")))
                .toList();
        return new Section(
                "sdks",
                zh ? "八、第三方 SDK" : "8. Third-party SDKs",
                List.of(
                        p(
                                zh,
                                "我们的手机应用嵌入了下列第三方软件开发工具包（SDK）。它们直接从您的设备收集表中所列信息；" + "服务于可选目的的 SDK，只在您同意对应目的后才启用。",
                                "Our apps embed the software development kits (SDKs) below. They collect the"
                                        + " information listed straight from your device; an SDK serving an optional"
                                        + " purpose starts only after you consent to that purpose."),
                        new Table(
                                "sdk-list",
                                zh
                                        ? List.of("SDK", "提供方", "目的", "收集的信息", "提供方的隐私政策")
                                        : List.of(
                                                "SDK",
                                                "Provider",
                                                "Purposes",
                                                "What it collects",
                                                "Provider's privacy policy"),
                                rows)));
    }

    private Section storage(boolean zh) {
        var region = recipients.residency().label(zh);
        var crossBorder = recipients.all().stream()
                .filter(recipients::isCrossBorder)
                .map(recipient -> recipient.name(zh)
                        + (zh ? "（" : " (")
                        + recipient.region().label(zh)
                        + (zh ? "）" : ")"))
                .collect(Collectors.joining(zh ? "、" : ", "));
        var blocks = new ArrayList<Block>();
        blocks.add(p(
                zh,
                "您的个人信息存储在" + region + "境内的服务器上。",
                "We store your personal information on servers in " + region + "."));
        blocks.add(p(
                zh,
                "只有当您选择的某项服务必须由" + region + "以外的接收方完成时，我们才会向其提供完成该服务所必需的信息，"
                        + "而且事先单独征求您的同意，并告诉您接收方是谁、在哪里、收到什么。您不同意，只有该服务不可用。",
                "Only when a service you choose can be completed only by a recipient outside " + region
                        + " do we give that recipient what the service needs, and only after asking for your"
                        + " separate consent and telling you who it is, where it is and what it receives. If you say"
                        + " no, only that service is unavailable."));
        blocks.add(
                crossBorder.isEmpty()
                        ? p(zh, "目前没有任何境外接收方。", "At present there is no recipient outside " + region + ".")
                        : p(
                                zh,
                                "目前可能涉及跨境提供的接收方：" + crossBorder + "。",
                                "Recipients that may involve a cross-border transfer at present: " + crossBorder
                                        + "."));
        return new Section("storage", zh ? "九、存储地点与跨境提供" : "9. Where we store it", blocks);
    }

    private Section retention(boolean zh) {
        return new Section(
                "retention",
                zh ? "十、保存期限" : "10. How long we keep it",
                List.of(
                        p(
                                zh,
                                "我们保留您个人信息的期限，是到您注销账户之后满一个月为止（法律另有规定的除外）；期满后删除或做匿名化处理。",
                                "Unless the law says otherwise, we keep your personal information until one month"
                                        + " after you close your account, then delete or anonymise it."),
                        p(
                                zh,
                                "注销后的这一个月是“后悔期”：期间您可以申请恢复账户，我们不会删除您的信息；"
                                        + "您也可以明确表示不再恢复，我们随即删除。您的信息用各自的密钥加密，删除时销毁密钥，备份中的副本也就无法再读取。",
                                "That month is a regret period: you may ask to restore the account, and we delete"
                                        + " nothing meanwhile; or you may tell us you will not come back, and we delete"
                                        + " at once. Your information is encrypted under a key of its own, and deleting"
                                        + " destroys the key, so copies in backups can no longer be read either."),
                        p(
                                zh,
                                "法律要求保存更久的信息（例如交易凭证、商家联系人资料），按第二节表中的保存期限保存，期满即删除或匿名化。",
                                "Information the law requires us to keep longer, such as transaction records and"
                                        + " merchants' contact details, is kept for the period in the table of"
                                        + " section 2, then deleted or anonymised."),
                        p(
                                zh,
                                "若平台将停止运营，我们会在停止前不少于三十天告知您；停止运营后，您的个人信息将被删除或匿名化。",
                                "If we stop operating, we will tell you at least thirty days ahead and delete or"
                                        + " anonymise your personal information once we have stopped.")));
    }

    private Section rights(boolean zh) {
        return new Section(
                "rights",
                zh ? "十一、您的权利" : "11. Your rights",
                List.of(
                        p(zh, "对于您的个人信息，您可以：", "Over your personal information you may:"),
                        new Items(
                                zh
                                        ? List.of(
                                                "查阅和复制：在账户设置中查看我们保存的您的信息，并以机器可读的格式导出一份副本；",
                                                "更正和补充：直接修改有误或不全的信息；实名认证的姓名与证件号码需联系客服核实后更改；",
                                                "删除：自助删除订单记录、浏览记录和收货地址，或在法律规定的情形下要求我们删除；",
                                                "撤回同意：随时在隐私设置中关闭任何可选目的，关闭后立即停止相应处理；",
                                                "注销账户：在应用内自助注销，注销即撤回全部同意；",
                                                "查询谁访问过您的信息：查看工作人员访问和向第三方提供您信息的记录；",
                                                "要求我们解释本政策，或就我们的处理方式提出异议。")
                                        : List.of(
                                                "see and copy it: view what we hold in your account settings and"
                                                        + " export a machine-readable copy;",
                                                "correct and complete it: edit what is wrong or missing yourself;"
                                                        + " your verified real name and ID number change only"
                                                        + " through customer service;",
                                                "delete it: remove orders, browsing history and addresses yourself,"
                                                        + " or ask us to delete in the cases the law provides;",
                                                "withdraw consent: switch any optional purpose off in your privacy"
                                                        + " settings, which stops that processing at once;",
                                                "close your account yourself in the app, which withdraws every"
                                                        + " consent;",
                                                "see who accessed your information: staff who viewed it and third"
                                                        + " parties it was given to;",
                                                "ask us to explain this policy, or object to how we process your"
                                                        + " information.")),
                        p(
                                zh,
                                "大部分操作可在账户设置中自助完成。其他请求请发邮件至 " + contact.email() + "，或拨打 " + contact.phone()
                                        + "。为保护您的账户，我们会先核实您的身份，并在 " + contact.responseDays()
                                        + " 天内答复。合理的请求原则上免费；无端重复或明显超出合理限度的请求，我们可能拒绝，并说明理由。",
                                "Most of this you can do yourself in your account settings. For anything else write"
                                        + " to " + contact.email() + " or call " + contact.phone() + ". To protect"
                                        + " your account we first confirm it is you, and we answer within "
                                        + contact.responseDays() + " days. Reasonable requests are free in principle;"
                                        + " we may refuse requests that are repeated without reason or clearly"
                                        + " excessive, and will tell you why.")));
    }

    private Section minors(boolean zh) {
        return new Section(
                "minors",
                zh ? "十二、未成年人" : "12. Minors",
                List.of(p(
                        zh,
                        "我们的服务面向成年人。未满十八周岁的用户，须在父母或其他监护人同意后才能使用；"
                                + "不满十四周岁儿童的个人信息属于敏感个人信息，我们只在取得监护人的单独同意后处理。"
                                + "如果发现在未经监护人同意的情况下收集了未成年人的个人信息，我们会尽快删除。",
                        "Our service is for adults. Anyone under 18 may use it only with the consent of a parent or"
                                + " guardian; the personal information of a child under 14 is sensitive and we"
                                + " process it only with the guardian's separate consent. If we find we collected a"
                                + " minor's information without a guardian's consent, we delete it promptly.")));
    }

    private Section changes(boolean zh) {
        return new Section(
                "changes",
                zh ? "十三、本政策如何更新" : "13. How this policy changes",
                List.of(
                        p(
                                zh,
                                "本政策的每个新版本都先发布、后生效：发布日期一定早于生效日期，所有历史版本都可在本页查阅。" + "在发布之后、生效之前，您可以选择提前适用新版本。",
                                "Every new version of this policy is published before it takes effect: the"
                                        + " publication date always comes first, and every earlier version stays"
                                        + " readable on this page. Between publication and the effective date you may"
                                        + " choose to apply the new version early."),
                        p(
                                zh,
                                "任何减少您权利的修改都要先得到您的明确同意：这样的新版本在您同意之前对您不生效，您仍适用此前的版本。",
                                "We never reduce your rights under this policy without your explicit consent: a new"
                                        + " version that takes a right away does not apply to you until you accept it,"
                                        + " and until then the previous version does."),
                        p(
                                zh,
                                "发生下列重大变更时，除在网站和应用中公告外，我们还会通过页面横幅、电子邮件或短信专门通知您，" + "说明具体变化，并请您重新确认：",
                                "For the material changes below we also tell you directly, by a banner on the page,"
                                        + " by e-mail or by SMS, explain exactly what changes and ask you to confirm"
                                        + " again:"),
                        new Items(Arrays.stream(MaterialChange.values())
                                .map(change -> change.label(zh))
                                .toList())));
    }

    private Section contact(boolean zh) {
        return new Section(
                "contact",
                zh ? "十四、联系我们" : "14. Contact us",
                List.of(
                        new Items(
                                zh
                                        ? List.of(
                                                "运营者：" + contact.company(),
                                                "地址：" + contact.address(),
                                                "客服邮箱：" + contact.email(),
                                                "客服电话：" + contact.phone(),
                                                "个人信息保护负责人：" + contact.dpoEmail())
                                        : List.of(
                                                "Operator: " + contact.company(),
                                                "Address: " + contact.address(),
                                                "Customer service e-mail: " + contact.email(),
                                                "Customer service phone: " + contact.phone(),
                                                "Personal-information protection officer: " + contact.dpoEmail())),
                        p(
                                zh,
                                "我们会在 " + contact.responseDays() + " 天内答复。如果您对答复不满意，或认为我们的处理损害了您的合法权益，"
                                        + "有权向网信部门以及电信、公安、市场监管等主管机关反映或举报，也可以向有管辖权的法院起诉。",
                                "We answer within " + contact.responseDays() + " days. If you are not satisfied with"
                                        + " our answer, or believe our processing harms your lawful rights, you may"
                                        + " complain to the cyberspace, telecommunications, public security or market"
                                        + " regulation authorities, or bring a claim before a competent court.")));
    }

    private static Paragraph p(boolean zh, String chinese, String english) {
        return new Paragraph(zh ? chinese : english);
    }

    private static String sensitivity(Category category, boolean zh) {
        return zh
                ? (category.isSensitive() ? "敏感个人信息" : "一般个人信息") + "（" + category.grade() + " 级）"
                : (category.isSensitive() ? "sensitive" : "general") + " (grade " + category.grade() + ")";
    }

    private static String labels(Collection<Purpose> purposes, boolean zh) {
        return purposes.stream()
                .sorted()
                .map(purpose -> purpose.label(zh))
                .collect(Collectors.joining(zh ? "、" : "; "));
    }

    private static String categories(Collection<Category> categories, boolean zh) {
        return categories.stream()
                .sorted()
                .map(category -> category.label(zh))
                .collect(Collectors.joining(zh ? "、" : "; "));
    }
}
