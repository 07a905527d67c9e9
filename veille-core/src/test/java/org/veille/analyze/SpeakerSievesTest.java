// SPDX-License-Identifier: GPL-3.0-or-later
package org.veille.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each speaker sieve on short invented texts; entities are given by hand so only the sieves are tested. */
class SpeakerSievesTest {

    private static final EntityResolver ENTITIES = new EntityResolver(Gazetteer.standard());
    private static final SpeakerResolver SPEAKERS = new SpeakerResolver(ENTITIES);
    private static final QuotationFinder FINDER = new QuotationFinder();

    /** Entities: "PER:Name" or "ORG:Name" at their first occurrence, canonical as printed. */
    private static List<Attribution> attribute(String text, String... entities) {
        List<Entity> found = new ArrayList<>();
        for (String spec : entities) {
            String[] parts = spec.split(":", 3);
            int from = 0;
            int at;
            while ((at = text.indexOf(parts[1], from)) >= 0) {
                String canonical = parts.length > 2 ? parts[2] : parts[1];
                found.add(new Entity(parts[1], Entity.Type.valueOf(parts[0]), canonical, at, at + parts[1].length()));
                from = at + parts[1].length();
            }
        }
        return SPEAKERS.attribute(text, FINDER.find(text, "fr"), found, "fr");
    }

    private static Attribution quoting(List<Attribution> all, String words) {
        return all.stream().filter(a -> a.quote.text().contains(words)).findFirst().orElseThrow(
                () -> new AssertionError("no quotation with " + words + " in " + all.stream().map(a -> a.quote.text()).toList()));
    }

    @Test
    void scareQuotesHaveNoSpeaker() {
        Attribution a = quoting(attribute("Les « gilets jaunes » ont manifesté samedi à Paris."), "gilets");
        assertThat(a.speaker()).isNull();
        assertThat(a.decidedBy()).isEqualTo("ScareQuoteSieve");
    }

    @Test
    void aTermANamingNounIntroducesIsAScareQuoteWhateverItsShape() {
        String text = "Paul Martin a parlé. La devise de la marche, « Jour de la liberté », a été reprise. "
                + "Il récuse le mot « populisme », a dit Paul Martin.";
        List<Attribution> all = attribute(text, "PER:Paul Martin");
        Attribution slogan = quoting(all, "liberté");
        assertThat(slogan.kind).isEqualTo(Quotation.Kind.SCARE);
        assertThat(slogan.speaker()).isNull();
        assertThat(slogan.decidedBy()).isEqualTo("NamedTermSieve");
        assertThat(quoting(all, "populisme").speaker()).isNull();
        String said = "« Nous tiendrons », a déclaré en ces termes Paul Martin.";
        assertThat(quoting(attribute(said, "PER:Paul Martin"), "tiendrons").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void theOneASpeakerToldIsNoPartOfTheSpeakersName() {
        String told = "« Le village est vide », a raconté à l'AFP Kyaw Min, un villageois.";
        assertThat(quoting(attribute(told, "ORG:AFP Kyaw Min"), "village").speaker()).isEqualTo("Kyaw Min");
        String outlet = "« J'ai retrouvé la dame », raconte Jean-Pierre au Parisien.";
        assertThat(quoting(attribute(outlet, "PER:Jean-Pierre au Parisien"), "dame").speaker()).isEqualTo("Jean-Pierre");
    }

    @Test
    void aNameAfterAPrepositionOfPlaceOrTimeIsNoSubject() {
        String text = "Claire Petit est ministre. En Mayenne, le chômage « est à un niveau résiduel désormais ».";
        assertThat(quoting(attribute(text, "PER:Claire Petit", "LOC:Mayenne"), "résiduel").speaker()).isNotEqualTo("Mayenne");
        String after = "Après Paul Martin, le préfet « a dit que rien ne changerait ».";
        assertThat(quoting(attribute(after, "PER:Paul Martin"), "changerait").designation(after)).isEqualTo("le préfet");
    }

    @Test
    void venueIsCutOffAndTheInterviewerIsNotTheSpeaker() {
        Attribution a = quoting(attribute("Marie Dupont est ministre. « Nous ne céderons pas », a déclaré la ministre "
                + "au micro de Jean-Pierre Elkabbach.", "PER:Marie Dupont", "PER:Jean-Pierre Elkabbach"), "céderons");
        assertThat(a.venue).startsWith("au micro de Jean-Pierre Elkabbach");
        assertThat(a.speaker()).isEqualTo("Marie Dupont");
    }

    @Test
    void anonymousSourcesKeepTheirWordsAndNoIdentity() {
        Attribution a = quoting(attribute("« Rien n'est décidé », a confié un proche d'Emmanuel Macron.",
                "PER:Emmanuel Macron"), "Rien");
        assertThat(a.speaker()).isNull();
        assertThat(a.designation("« Rien n'est décidé », a confié un proche d'Emmanuel Macron.")).startsWith("un proche");
        assertThat(a.decidedBy()).isEqualTo("AnonymousSourceSieve");
    }

    @Test
    void aNameThatIsOnlyAComplementIsNotTheSpeaker() {
        Attribution a = quoting(attribute("« Nous verrons », a dit le porte-parole de Vladimir Poutine.",
                "PER:Vladimir Poutine"), "verrons");
        assertThat(a.speaker()).isNull();
    }

    @Test
    void roleNounsStandForThePersonTheArticleGivesThatRole() {
        String text = "La ministre de la Santé Agnès Buzyn s'est rendue à Lyon avec Paul Martin.\n\n"
                + "« Les hôpitaux tiendront », a assuré la ministre.";
        Attribution a = quoting(attribute(text, "PER:Agnès Buzyn", "PER:Paul Martin"), "hôpitaux");
        assertThat(a.speaker()).isEqualTo("Agnès Buzyn");
        assertThat(a.decidedBy()).isEqualTo("RoleHolderSieve");
    }

    @Test
    void aRoleNounBehindAPossessiveIsSomebodysAndNoOneNamed() {
        String text = "Me Claire Petit, l'avocate de la famille, a déposé plainte.\n\n"
                + "Léa avait été bousculée, une « goutte d'eau » qui lui a fait craindre le pire, a expliqué sa mère.";
        Attribution a = quoting(attribute(text, "PER:Claire Petit"), "goutte");
        assertThat(a.speaker()).isNull();
        assertThat(a.decidedBy()).isEqualTo("RoleHolderSieve");
        String lawyer = "Paul Martin a été mis en examen. « Il conteste tout », a assuré son avocat.";
        assertThat(quoting(attribute(lawyer, "PER:Paul Martin"), "conteste").speaker()).isNull();
        String minister = "Le ministre Paul Martin est arrivé. « Nous tiendrons », a assuré le ministre.";
        assertThat(quoting(attribute(minister, "PER:Paul Martin"), "tiendrons").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void synonymsOfARoleFindItsHolder() {
        String text = "Le maire de Tours, Jean Dubois, a reçu les habitants.\n\n« Le pont sera réparé », a promis l'édile.";
        assertThat(quoting(attribute(text, "PER:Jean Dubois"), "pont").speaker()).isEqualTo("Jean Dubois");
    }

    @Test
    void aPronounIsNoPersonItsOwnClauseNamesAfterIt() {
        String text = "M. Paul Martin a rencontré M. Louis Bernard mardi.\n\n"
                + "Il avait souhaité que Paul Martin soit là pour « dire que la République tiendra ».";
        Attribution a = quoting(attribute(text, "PER:Louis Bernard", "PER:Paul Martin"), "République");
        assertThat(a.speaker()).isEqualTo("Louis Bernard");
        assertThat(a.decidedBy()).isEqualTo("PronounSieve");
    }

    @Test
    void pronounsTakeTheNearestPersonOfTheirGender() {
        String text = "Mme Claire Petit a rencontré M. Louis Bernard mardi.\n\n« Nous avons avancé », a-t-elle déclaré.";
        Attribution a = quoting(attribute(text, "PER:Claire Petit", "PER:Louis Bernard"), "avancé");
        assertThat(a.speaker()).isEqualTo("Claire Petit");
        assertThat(a.decidedBy()).isEqualTo("PronounSieve");
    }

    @Test
    void pluralPronounsNameNoIdentity() {
        String text = "Les syndicats ont rencontré Paul Martin.\n\n« Nous ferons grève », ont-ils prévenu.";
        assertThat(quoting(attribute(text, "PER:Paul Martin"), "grève").speaker()).isNull();
    }

    @Test
    void aBareCollectiveNounIsTheBodyNamedInFullBefore() {
        String text = "Des tags ont été découverts, a indiqué la préfecture des Ardennes.\n\n"
                + "« Une enquête est ouverte », a ajouté la préfecture.";
        assertThat(quoting(attribute(text), "enquête").speaker()).isEqualTo("préfecture des Ardennes");
    }

    @Test
    void aQuotationInTheNextParagraphContinuesTheSpeakersRun() {
        String text = "« Nous allons reconstruire », a déclaré Paul Martin.\n\n« Et ce sera plus beau qu'avant. »";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "plus beau");
        assertThat(a.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aLongLowerCaseScareQuoteWithASubjectIsThatSubjectsWords() {
        String text = "Le préfet, Pascal Joly, \"condamne avec force ces agissements inacceptables\".";
        Attribution a = quoting(attribute(text, "PER:Pascal Joly"), "condamne");
        assertThat(a.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(a.speaker()).isEqualTo("Pascal Joly");
    }

    @Test
    void aSurnameAfterAnHonorificIsTheFullNamePrintedEarlier() {
        String text = "Le Premier ministre Moustafa al-Kazimi a reçu son homologue.\n\n"
                + "« Nous ne voulons pas être un espace de confrontation », a dit M. Kazimi.";
        Attribution a = quoting(attribute(text, "PER:Moustafa al-Kazimi"), "confrontation");
        assertThat(a.speaker()).isEqualTo("Moustafa al-Kazimi");
    }

    @Test
    void datesAndSentenceOpenersAreNeverSpeakers() {
        Attribution a = quoting(attribute("« C'est fini », avait-il dit Dimanche."), "fini");
        assertThat(a.speaker()).isNull();
    }

    @Test
    void firstNamesTellTheGenderTheArticleDoesNot() {
        String text = "Jean-Luc Mélenchon a critiqué Marion Aubry.\n\n« Je ne céderai rien », avait-elle répondu.";
        assertThat(quoting(attribute(text, "PER:Jean-Luc Mélenchon", "PER:Marion Aubry"), "céderai").speaker())
                .isEqualTo("Marion Aubry");
        FirstNameGenders.Lookup names = new FirstNameGenders().lookup();
        assertThat(names.ofFullName("Agnès Buzyn")).isEqualTo(SpeakerLexicon.Gender.FEMININE);
        assertThat(names.ofFullName("Donald Trump")).isEqualTo(SpeakerLexicon.Gender.MASCULINE);
        assertThat(names.ofFullName("Camille Dupont")).isEqualTo(SpeakerLexicon.Gender.UNKNOWN);
    }

    @Test
    void theSameSourceIsThePreviousSpeaker() {
        String text = "« Le navire a refusé de s'arrêter », a indiqué Paul Martin.\n\n« Ils ont tiré les premiers », a ajouté la même source.";
        assertThat(quoting(attribute(text, "PER:Paul Martin"), "premiers").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aWritingSpeaksForItsAuthor() {
        String text = "« Les couches seront plus sûres », indique un communiqué du syndicat Group'hygiène.";
        assertThat(quoting(attribute(text, "ORG:Group'hygiène"), "couches").speaker()).isEqualTo("Group'hygiène");
    }

    @Test
    void aRoleWithComplementsTakesUpThePersonNamedFarBefore() {
        String text = "Jean-Luc Mélenchon a attaqué la ministre.\n\n" + "Le débat a duré. ".repeat(120)
                + "\n\nLe député des Bouches-du-Rhône a dit \"craindre la suite des événements\".";
        assertThat(quoting(attribute(text, "PER:Jean-Luc Mélenchon"), "craindre").speaker()).isEqualTo("Jean-Luc Mélenchon");
    }

    @Test
    void aNameInTheShortClauseAfterTheQuotationIsItsSpeakerWhateverTheVerb() {
        String text = "« La situation ne justifie aucune alarme », s'inquiète à l'AFP Yonathan Freund, urgentiste.";
        Attribution a = quoting(attribute(text, "ORG:AFP", "PER:Yonathan Freund"), "alarme");
        assertThat(a.speaker()).isEqualTo("Yonathan Freund");
    }

    @Test
    void anInciseInsideTheMarksNamesTheSpeaker() {
        String text = "Me Paul Durand a défendu son client. \"Il est prêt à répondre aux questions, poursuit l'avocat. "
                + "Il a apporté des réponses\".";
        Attribution a = quoting(attribute(text, "PER:Paul Durand"), "prêt");
        assertThat(a.speaker()).isEqualTo("Paul Durand");
    }

    @Test
    void aSpeechInciseInsideTheMarksMayNameItsSpeakerAfterAVenueAndARole() {
        String text = "La perspective ne les enchante guère. \"Le ministre ne peut pas tout assurer, a déploré sur franceinfo le "
                + "secrétaire général du syndicat des policiers, Paul Martin. Le ministère est très prenant.\"";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "tout assurer");
        assertThat(a.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aCommaInsideTheMarksBeforeANameWithoutASpeechVerbIsNoIncise() {
        String text = "Le maire a répondu. \"Nous avons vu, avec Paul Martin, que rien ne bougeait\", a-t-il dit.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "rien ne bougeait");
        assertThat(a.speaker()).isNotEqualTo("Paul Martin");
    }

    @Test
    void aFrameOpeningTheSentenceGivesItsClauseQuotationToThePersonInApposition() {
        String text = "\"Nous partirons bientôt.\"Pour le secrétaire général du syndicat des commissaires (SCPN), Paul Martin, "
                + "le ministre était \"à l'écoute\". \"On avait des dossiers en cours, a-t-il confié. Il était attentif.\"";
        List<Attribution> all = attribute(text, "PER:Paul Martin", "ORG:SCPN");
        assertThat(quoting(all, "à l'écoute").speaker()).isEqualTo("Paul Martin");
        assertThat(quoting(all, "dossiers en cours").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aFrameNamingNobodyDesignatesNothing() {
        String text = "Paul Martin est arrivé. Pour la première fois, le ministre a parlé d'une \"trahison\".";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "trahison");
        assertThat(a.hasDesignation() ? a.designation(text) : "").doesNotContain("première fois");
    }

    @Test
    void aPronounWithNobodyBeforeItStandsForThePersonNamedNext() {
        String text = "\"Soit nous sommes unis, soit nous sommes perdus\", a-t-il déclaré mardi. Le secrétaire général de "
                + "l'organisation, Paul Martin, s'exprimait à New York.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "unis");
        assertThat(a.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aBareCollectiveNounIsTheBodyNamedBeforeButNotTheOutletThatReportsIt() {
        String text = "Selon Le Parisien, la société Ikea a retiré ses commodes. \"Nos pensées vont à la famille\", a déclaré l'enseigne.";
        assertThat(quoting(attribute(text, "ORG:Le Parisien", "ORG:Ikea"), "Nos pensées").speaker()).isEqualTo("Ikea");
        String court = "Ikea a été condamnée, selon Le Parisien. La cour a jugé le défaut \"intentionnel\".";
        assertThat(quoting(attribute(court, "ORG:Le Parisien"), "intentionnel").speaker()).isNotEqualTo("Le Parisien");
    }

    @Test
    void aPersonShapedNameAfterARoleNounIsAPersonWhateverTheRecognizerTypedIt() {
        String text = "Contacté par Closer, Paul Martin n'a pas commenté, mais son conseiller Lorrain de Saint Affrique a répondu. "
                + "\"Nous ne les avons jamais vus\", a-t-il déclaré.";
        Attribution a = quoting(attribute(text, "ORG:Closer", "PER:Paul Martin", "LOC:Lorrain de Saint Affrique"), "jamais vus");
        assertThat(a.speaker()).isEqualTo("Lorrain de Saint Affrique");
        String party = "Paul Martin, le maire LR de Charleville, a parlé. \"Nous verrons\", a-t-il dit.";
        assertThat(quoting(attribute(party, "PER:Paul Martin", "ORG:LR de Charleville"), "verrons").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aBodyTheRecognizerGluedToAPersonComesOffEvenWhenTypedAPerson() {
        String text = "\"Notre ligne doit être revue\", a estimé le président du Sénat Gérard Larcher.";
        assertThat(quoting(attribute(text, "PER:Sénat Gérard Larcher"), "Notre ligne").speaker()).isEqualTo("Gérard Larcher");
        String party = "\"Nous voterons contre\", a déclaré le sénateur LR Bruno Retailleau.";
        assertThat(quoting(attribute(party, "PER:LR Bruno Retailleau"), "voterons").speaker()).isEqualTo("Bruno Retailleau");
        String whole = "\"Nous irons\", a déclaré Sophie Grégoire Trudeau.";
        assertThat(quoting(attribute(whole, "PER:Sophie Grégoire Trudeau"), "irons").speaker()).isEqualTo("Sophie Grégoire Trudeau");
    }

    @Test
    void aSentenceOpenerTheRecognizerRanIntoAPersonComesOff() {
        String text = "Jacques Toubon a parlé. Lorsque M. Toubon a pris la parole, il a dit : \"Nous verrons\".";
        assertThat(quoting(attribute(text, "PER:Jacques Toubon", "PER:Lorsque M. Toubon"), "verrons").speaker()).isEqualTo("Jacques Toubon");
    }

    @Test
    void aFirstNamePrintedWithoutItsAccentIsKnownAndABodyAfterARoleStaysABody() {
        String text = "\"Nous voterons contre\", a déclaré le député LR Eric Ciotti.";
        assertThat(quoting(attribute(text, "PER:LR Eric Ciotti"), "voterons").speaker()).isEqualTo("Eric Ciotti");
        String body = "La candidate Les Républicains Rachida Dati a parlé. Selon elle, le modèle \"est en train d'exploser\".";
        assertThat(quoting(attribute(body, "ORG:Les Républicains:The Republicans (France)", "PER:Rachida Dati"), "exploser").speaker())
                .isEqualTo("Rachida Dati");
    }

    @Test
    void aPronounResolvedToAPersonTellsThatPersonsGenderToLaterPronouns() {
        String text = "Virginie Calmels a parlé dimanche. \"Le FN, c'est ce que j'exècre\", a déclaré Dominique Bussereau. "
                + "\"Cette phrase est maladroite\", a-t-il ajouté. \"Jamais on ne pourra m'accuser d'accords\", a-t-elle écrit.";
        List<Attribution> all = attribute(text, "PER:Virginie Calmels", "PER:Dominique Bussereau");
        assertThat(quoting(all, "maladroite").speaker()).isEqualTo("Dominique Bussereau");
        assertThat(quoting(all, "Jamais").speaker()).isEqualTo("Virginie Calmels");
    }

    @Test
    void aRoleNounTellsItsGenderWhenItsDeterminerDoesNot() {
        String text = "Christophe Castaner a répondu mardi. La famille plaide pour \"un soutien pacifique\", selon son avocate, "
                + "Me Cécile Martin.";
        Attribution a = quoting(attribute(text, "PER:Christophe Castaner", "PER:Cécile Martin"), "soutien");
        assertThat(a.speaker()).as(a.decidedBy()).isEqualTo("Cécile Martin");
    }

    @Test
    void aStudyOrAPollSpeaksForItsAuthor() {
        String text = "La consommation reste \"considérable\", selon une étude de Santé publique France.";
        assertThat(quoting(attribute(text, "ORG:Santé publique France"), "considérable").speaker()).isEqualTo("Santé publique France");
    }

    @Test
    void anAdjectiveTellsTheGenderOfAnEpiceneRole() {
        String text = "Paul Martin a été élu en 2016. Marie Durand lui a répondu. \"Il vit des problèmes\", a dit l'ancien maire.";
        assertThat(quoting(attribute(text, "PER:Paul Martin", "PER:Marie Durand"), "problèmes").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aRoleNounMayTakeUpAPersonOnlyNamedAsAComplement() {
        String text = "Marie Durand était confrontée à Paul Martin. \"Vous avez le discours du parti\", l'a interpellé le fondateur du mouvement.";
        assertThat(quoting(attribute(text, "PER:Marie Durand", "PER:Paul Martin"), "discours").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void anUndesignatedDashTurnAlternatesBetweenTheTwoSpeakers() {
        String text = "— Tu viens ce soir ? demanda Paul.\n\n— Non, répondit Marie.\n\n— Pourquoi ?\n\n— Je travaille.";
        List<Attribution> all = attribute(text, "PER:Paul", "PER:Marie");
        assertThat(quoting(all, "Tu viens").speaker()).isEqualTo("Paul");
        assertThat(quoting(all, "Non").speaker()).isEqualTo("Marie");
        Attribution third = quoting(all, "Pourquoi");
        assertThat(third.speaker()).isEqualTo("Paul");
        assertThat(third.decidedBy()).isEqualTo("DialogueTurnSieve");
        assertThat(quoting(all, "Je travaille").speaker()).isEqualTo("Marie");
    }

    @Test
    void aDashTurnAfterOneSpeakerOnlyGetsNoAlternation() {
        String text = "— Tu viens ? demanda Paul.\n\n— Pourquoi ?";
        Attribution second = quoting(attribute(text, "PER:Paul"), "Pourquoi");
        assertThat(second.decidedBy()).isNotEqualTo("DialogueTurnSieve");
    }

    @Test
    void aDashTurnAfterAColonTakesTheSubjectOfTheIntroduction() {
        String text = "Paul regarda la gare et dit à son fils :\n\n— Nous partons demain.";
        Attribution a = quoting(attribute(text, "PER:Paul"), "Nous partons");
        assertThat(a.speaker()).isEqualTo("Paul");
    }

    @Test
    void aLowerCaseQuoteBeforeAnInvertedSpeechClauseIsThatSpeakersWords() {
        String text = "Paul Martin a accusé Mme Marie Durand de mentir. Des propos « inacceptables », a dénoncé cette dernière.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin", "PER:Mme Marie Durand:Marie Durand"), "inacceptables");
        assertThat(a.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(a.speaker()).isEqualTo("Marie Durand");
    }

    @Test
    void aLowerCaseQuoteAfterASpeechVerbIsPartialAndARelativePronounNamesItsSpeaker() {
        String text = "Le ministre était accompagné de Paul Martin (LR), qui a insisté sur « l'insertion des jeunes ».";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "insertion");
        assertThat(a.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(a.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aLongLowerCaseQuoteWithoutASubjectIsSomebodysWordsWhenItHoldsAVerb() {
        String text = "« Les maires sont en colère », indique Anne Durand. Car \"il ne faut pas oublier que le maire représente l'Etat\"."
                + " Une enquête pour \"provocation et incitation à la haine raciale\" a été ouverte.";
        List<Attribution> all = attribute(text, "PER:Anne Durand");
        assertThat(quoting(all, "oublier").kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(quoting(all, "oublier").speaker()).isEqualTo("Anne Durand");
        assertThat(quoting(all, "provocation").kind).isEqualTo(Quotation.Kind.SCARE);
        assertThat(quoting(all, "provocation").speaker()).isNull();
    }

    @Test
    void aParagraphOpenerGluedToANameComesOff() {
        String text = "Le prix baisse, affirme l'association UFC-Que Choisir. Voitures en vente (3)par Agence France-PresseEnfin, "
                + "les hybrides sont plus chers.Afin de baisser les émissions, l'association \"appelle le gouvernement à imposer "
                + "une information sur le coût global\".";
        Attribution a = quoting(attribute(text, "ORG:UFC-Que Choisir", "ORG:Agence France-PresseEnfin"), "appelle");
        assertThat(a.speaker()).isEqualTo("UFC-Que Choisir");
    }

    @Test
    void aRoleNounBehindAPrefixTellsItsGender() {
        String text = "Jean Dupont a parlé samedi. Marie Durand a quitté le parti. « Elle est partie », commence l'ex-patron du parti.";
        Attribution a = quoting(attribute(text, "PER:Jean Dupont", "PER:Marie Durand"), "partie");
        assertThat(a.speaker()).isEqualTo("Jean Dupont");
    }

    @Test
    void aWritingSpeaksForTheAuthorNamedAfterItsParticiple() {
        String text = "Les électeurs se disent « très inquiets pour la suite », selon un sondage réalisé lundi par l'institut Ipsos.";
        Attribution a = quoting(attribute(text, "ORG:Ipsos"), "inquiets");
        assertThat(a.speaker()).isEqualTo("Ipsos");
        assertThat(a.decidedBy()).isEqualTo("DocumentSourceSieve");
    }

    @Test
    void aPronounOpeningTheTextWithNobodyNamedNearStandsForThePersonTheArticleNamesMost() {
        String text = "« Nous devons agir ensemble », a-t-il déclaré à la radio. " + "Les émissions de gaz ont encore augmenté cette année. ".repeat(9)
                + "Paul Martin a reçu Antonio Guterres. Antonio Guterres a ensuite parlé aux ministres.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin", "PER:Antonio Guterres"), "agir ensemble");
        assertThat(a.speaker()).isEqualTo("Antonio Guterres");
        String named = "Paul Martin est venu. « Nous devons agir ensemble », a-t-il déclaré. Antonio Guterres a parlé. Antonio Guterres est parti.";
        assertThat(quoting(attribute(named, "PER:Paul Martin", "PER:Antonio Guterres"), "agir ensemble").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aQuoteNoSpeechVerbReportsOrThatOpensWithACapitalStaysAScareQuote() {
        String text = "Paul Martin est revenu sur les faits, admettant qu'il y avait une « Affaire Durand » et un « questionnement »."
                + " Les « gilets jaunes » ont défilé.";
        List<Attribution> all = attribute(text, "PER:Paul Martin");
        assertThat(quoting(all, "Affaire").kind).isEqualTo(Quotation.Kind.SCARE);
        assertThat(quoting(all, "questionnement").kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(quoting(all, "questionnement").speaker()).isEqualTo("Paul Martin");
        assertThat(quoting(all, "gilets").kind).isEqualTo(Quotation.Kind.SCARE);
        assertThat(quoting(all, "gilets").speaker()).isNull();
    }

    @Test
    void aRoleWhoseComplementsRunOnToACommaIsThePersonAfterIt() {
        String text = "Marc Petit a été entendu.\n\n« L'enquête est en cours », a déclaré le procureur de la République "
                + "de Rennes, Philippe Astruc.";
        Attribution a = quoting(attribute(text, "PER:Marc Petit", "PER:Philippe Astruc"), "enquête");
        assertThat(a.speaker()).isEqualTo("Philippe Astruc");
    }

    @Test
    void ceDernierTakesUpOnlyAPersonOfItsSentenceOrTheOneBefore() {
        String near = "Paul Martin a croisé Jean Dubois. « Je pars », a dit ce dernier.";
        assertThat(quoting(attribute(near, "PER:Paul Martin", "PER:Jean Dubois"), "pars").speaker()).isEqualTo("Jean Dubois");
        String far = "Paul Martin est arrivé. Il a marché longtemps. Il a croisé un ami. « Je pars », a dit ce dernier.";
        assertThat(quoting(attribute(far, "PER:Paul Martin"), "pars").speaker()).isNull();
    }

    @Test
    void aRoleDescriptionTheResolverTiedToItsHolderNamesTheSpeaker() {
        String text = "Le président irakien Karim Saleh a reçu ses hôtes.\n\n« Nous serons là », a précisé le président français.";
        Attribution a = quoting(attribute(text, "PER:Karim Saleh", "PER:président français:Jean Martin"), "serons");
        assertThat(a.speaker()).isEqualTo("Jean Martin");
        String former = "« Tout a changé », a dit le petit-fils de l'ancien président de la République.";
        assertThat(quoting(attribute(former, "PER:président de la République:Jean Martin"), "changé").speaker()).isNull();
    }

    @Test
    void anInvertedPronounAfterTheQuotationDesignatesTheSpeakerWhateverTheVerb() {
        String text = "Paul Martin a salué ses électeurs. « Je repars au combat », a-t-il commencé.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "combat");
        assertThat(a.designation(text)).isEqualTo("a-t-il");
        assertThat(a.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void anHonorificAndASurnameTheRecognizerMissedAreTheSpeaker() {
        String text = "Jean Dubois dirige l'association. « Les rues sont sales », s'alarme M. Dubois auprès de l'AFP.";
        Attribution a = quoting(attribute(text, "PER:Jean Dubois"), "rues");
        assertThat(a.designation(text)).isEqualTo("M. Dubois");
        assertThat(a.speaker()).isEqualTo("Jean Dubois");
    }

    @Test
    void aRoleOfSeveralWordsAfterTheQuotationIsItsDesignation() {
        String text = "Marc Petit a été frappé à Paris. Il garde des « maux de tête », a confié le premier secrétaire de la fédération.";
        Attribution a = quoting(attribute(text, "PER:Marc Petit"), "maux");
        assertThat(a.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(a.designation(text)).startsWith("le premier secrétaire");
        assertThat(a.speaker()).isEqualTo("Marc Petit");
    }

    @Test
    void theNamePrintedBesideARoleWinsOverTheRolesHolderAtTheDate() {
        String text = "« Ils devront déclarer leur personnel », a précisé le secrétaire d'Etat américain adjoint pour l'Asie, "
                + "David Stilwell.";
        Attribution a = quoting(attribute(text, "PER:secrétaire d'Etat américain:Mike Pompeo", "PER:David Stilwell"), "personnel");
        assertThat(a.speaker()).isEqualTo("David Stilwell");
    }

    @Test
    void aDefiniteDescriptionWithACapitalIsTheNearestPersonNotAPlace() {
        String text = "Marie Leroy a été élue Miss France. « Je suis heureuse », confie la Tahitienne.";
        Attribution a = quoting(attribute(text, "PER:Marie Leroy", "LOC:Tahitienne"), "heureuse");
        assertThat(a.speaker()).isEqualTo("Marie Leroy");
        assertThat(a.decidedBy()).isEqualTo("DescriptionSieve");
        // a name with an article ("la Zambinella") is no description
        String novel = "Sarrasine la regardait. « Partez ! », cria la Zambinella.";
        assertThat(quoting(attribute(novel, "PER:Sarrasine"), "Partez").decidedBy()).isNotEqualTo("DescriptionSieve");
    }

    @Test
    void anOpinionFrameOpeningTheSentenceNamesTheSpeaker() {
        String text = "Manuel Valls a annoncé son divorce. Pour l'ancien maire d'Evry, « la séparation est toujours douloureuse ».";
        Attribution a = quoting(attribute(text, "PER:Manuel Valls"), "séparation");
        assertThat(a.kind).isNotEqualTo(Quotation.Kind.SCARE);
        assertThat(a.designation(text)).isEqualTo("l'ancien maire d'Evry");
        assertThat(a.speaker()).isEqualTo("Manuel Valls");
        String purpose = "Pour aller plus loin, « gilets jaunes » et élus se réuniront.";
        assertThat(quoting(attribute(purpose), "gilets").designationStart).isEqualTo(-1);
    }

    @Test
    void aCollectiveNounIsNotTheBodyOfItsDativeNorTheLastBodyNamedWhenItNamesItself() {
        String dative = "Le Parti vert organise sa primaire. « Le contrôle se fait après », a expliqué le parti à la journaliste.";
        Attribution a = quoting(attribute(dative, "ORG:Parti vert"), "contrôle");
        assertThat(a.speaker()).isEqualTo("Parti vert");
        String self = "Un bateau a coulé, selon Radio Sud. « Tout le monde est sous le choc », a souligné la police.";
        assertThat(quoting(attribute(self, "ORG:Radio Sud"), "choc").speaker()).isEqualTo("police");
    }

    @Test
    void aQuotationAfterASpeechParticipleIsSaidByTheSpeakerOfTheQuotationBefore() {
        String text = "La garde à vue a été décidée « dans le cadre d'une enquête », indique le procureur de Béziers, Paul Roux, "
                + "précisant « qu'aucune autre information ne sera donnée ».";
        List<Attribution> all = attribute(text, "PER:Paul Roux");
        assertThat(quoting(all, "cadre").speaker()).isEqualTo("Paul Roux");
        assertThat(quoting(all, "aucune autre").speaker()).isEqualTo("Paul Roux");
    }

    @Test
    void aPersonTheRecognizerGluedToAPlaceIsSplitOff() {
        String text = "« C'est qu'il y a des éléments », a de son côté jugé sur France Inter le député du Nord Adrien Quatennens.";
        Attribution a = quoting(attribute(text, "ORG:France Inter", "LOC:Nord Adrien Quatennens"), "éléments");
        assertThat(a.speaker()).isEqualTo("Adrien Quatennens");
    }

    @Test
    void aRoleOfAnotherPlaceIsNotTheSameRole() {
        String text = "Le député des Landes a pris la parole. « Rien ne va », a dit le député des Vosges. "
                + "Plus tard, le député des Landes Paul Roux a répondu.";
        Attribution a = quoting(attribute(text, "PER:Paul Roux"), "Rien");
        assertThat(a.speaker()).isNotEqualTo("Paul Roux");
    }

    @Test
    void theWordsOfARoleAreSaidByTheNameApposedToIt() {
        String text = "Les autorités jugeaient le masque « inutile dans la rue », selon les mots du directeur général "
                + "de la Santé (DGS), Jérôme Salomon.";
        Attribution a = quoting(attribute(text, "PER:Jérôme Salomon", "ORG:DGS"), "inutile");
        assertThat(a.speaker()).isEqualTo("Jérôme Salomon");
    }

    @Test
    void anInvertedPronounAfterARunOfQuotationsDesignatesThemAllAndOnIsNobody() {
        String text = "Cibles des slogans, la police et le préfet : « la police tue », « rendez-nous la rue », pouvait-on lire.";
        List<Attribution> all = attribute(text);
        assertThat(quoting(all, "tue").speaker()).isNull();
        assertThat(quoting(all, "tue").designation(text)).isEqualTo("pouvait-on");
        assertThat(quoting(all, "rendez").speaker()).isNull();
        String noComma = "Paul Martin a réagi sur Twitter. « Ce sera pire ! » a-t-il twitté.";
        assertThat(quoting(attribute(noComma, "PER:Paul Martin", "ORG:Twitter"), "pire").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aPluralPronounIsTheGroupANamedPersonHeads() {
        String led = "Paul Martin, et des élus comme Marie Durand, ont publié une tribune où ils estiment que « tout doit changer ».";
        assertThat(quoting(attribute(led, "PER:Paul Martin", "PER:Marie Durand"), "changer").speaker()).isEqualTo("Paul Martin");
        String group = "Les manifestants ont défilé. Ils estiment que « tout doit changer ».";
        assertThat(quoting(attribute(group), "changer").speaker()).isNull();
    }

    @Test
    void aTimePhraseAfterTheVerbIsSkippedAndNeverTheSpeaker() {
        String text = "« Nous appelons au calme », a déclaré la semaine dernière Sam Brown, responsable du dossier.";
        Attribution a = quoting(attribute(text, "PER:Sam Brown"), "calme");
        assertThat(a.speaker()).isEqualTo("Sam Brown");
        String role = "Lina Moreau est ministre. « Rien n'est joué », a dit le 15 septembre la ministre.";
        assertThat(quoting(attribute(role, "PER:Lina Moreau"), "joué").speaker()).isEqualTo("Lina Moreau");
    }

    @Test
    void anOrdinaryCapitalisedWordIsNoName() {
        String text = "Concrètement, le changement signifie que « tout sera notifié ».";
        assertThat(quoting(attribute(text), "notifié").speaker()).isNull();
        String brand = "« Nous investirons en France », a annoncé Total.";
        assertThat(quoting(attribute(brand), "investirons").speaker()).isEqualTo("Total"); // a singular noun may be a brand
    }

    @Test
    void anAnonymousOpenerWithItsHolderInAppositionIsThatPerson() {
        String text = "Une porte-parole du groupe, Tatiana Orlova, a confirmé que les employés voulaient « rejeter de l'eau purifiée ».";
        assertThat(quoting(attribute(text, "PER:Tatiana Orlova"), "purifiée").speaker()).isEqualTo("Tatiana Orlova");
    }

    @Test
    void aPronounNoPersonFitsStandsForTheBodyItsDeterminerAgreesWith() {
        String text = "Un garde a été blessé, a indiqué la préfecture du Nord.\n\n« L'auteur a été interpellé », a-t-elle ajouté.";
        assertThat(quoting(attribute(text), "interpellé").speaker()).isEqualTo("préfecture du Nord");
        String masculine = "Le contrôle a dégénéré, a indiqué le FSB. « L'équipe s'est montrée agressive », a-t-il ajouté.";
        assertThat(quoting(attribute(masculine, "ORG:FSB"), "agressive").speaker()).isEqualTo("FSB");
        String place = "Un homme a quitté l'Etat du Sud. « Tout va bien », a-t-il dit.";
        assertThat(quoting(attribute(place, "LOC:Etat du Sud"), "Tout va").speaker()).isNull();
        String person = "Paul Martin a rencontré la préfecture du Nord. « Tout va bien », a-t-il ajouté.";
        assertThat(quoting(attribute(person, "PER:Paul Martin"), "Tout va").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void wordsPrintedAgainWithADesignationAreThatSpeakers() {
        String text = "« Je suis première dame quand je mets la robe »\n\nLe tournage a eu lieu en mai. Brigitte Martin l'a dit : "
                + "« Je suis première dame quand je mets la robe. Dès que je l'enlève, c'est fini », explique-t-elle.";
        List<Attribution> all = attribute(text, "PER:Brigitte Martin");
        assertThat(all.get(0).speaker()).isEqualTo("Brigitte Martin");
        assertThat(all.get(0).decidedBy()).isEqualTo("RepeatedQuotationSieve");
    }

    @Test
    void aBareCollectiveNounIsNoOrganisationTheRecognizerRanOverALowerCaseWord() {
        String text = "Le parti Verts Unis organise une primaire. L'ancienne ministre du Logement a voté.\n\n"
                + "« Le contrôle s'effectue a posteriori », a expliqué le parti.";
        assertThat(quoting(attribute(text, "ORG:Verts Unis", "ORG:du Logement"), "contrôle").speaker()).isEqualTo("Verts Unis");
    }

    @Test
    void aCompoundHeadedByARoleIsARoleOfItsOwn() {
        String text = "Son adversaire Joe Biden a répondu. « Nous ne pouvons l'accepter », a assuré l'ancien vice-président de Barack Obama.";
        assertThat(quoting(attribute(text, "PER:Joe Biden", "PER:Barack Obama"), "accepter").speaker()).isEqualTo("Joe Biden");
    }

    @Test
    void aSurnameTakesTheFullNameASieveReadBefore() {
        String text = "« Les fouilles vont durer », a dit Me Richard Delgenes.\n\n« Rien n'est exclu », a ajouté Me Delgenes.";
        assertThat(quoting(attribute(text), "exclu").speaker()).isEqualTo("Richard Delgenes");
    }

    @Test
    void anAddressIsNeverTheSubjectThatSpeaks() {
        String text = "Après l'avoir arrêté boulevard de Port-Royal, les agents notent une « odeur de cannabis ».";
        assertThat(quoting(attribute(text, "LOC:boulevard de Port-Royal"), "cannabis").speaker()).isNull();
    }

    @Test
    void aNameAfterAnHonorificIsAPersonWhateverTheRecognizerSaid() {
        String text = "« Ce fut imprévisible », a déclaré M. Mathais.\n\n« L'enquête va se poursuivre », a conclu le procureur.";
        List<Attribution> all = attribute(text, "LOC:Mathais");
        assertThat(quoting(all, "imprévisible").speaker()).isEqualTo("Mathais");
        assertThat(quoting(all, "enquête").speaker()).isEqualTo("Mathais");
        String full = "Le procureur Eric Mathais a parlé.\n\nM. Mathais est prudent. « L'enquête continue », a-t-il dit.";
        assertThat(quoting(attribute(full, "PER:Eric Mathais", "LOC:Mathais"), "continue").speaker()).isEqualTo("Eric Mathais");
    }

    @Test
    void aRoleWhoseComplementsHoldABracketedAcronymIsThePersonAfterIt() {
        String text = "« Cela n'a pas commencé à s'améliorer », a dit lundi la numéro deux des Centres de prévention et de lutte "
                + "contre les maladies (CDC), Anne Schuchat, dans un échange vidéo.";
        assertThat(quoting(attribute(text, "ORG:CDC", "PER:Anne Schuchat"), "améliorer").speaker()).isEqualTo("Anne Schuchat");
    }

    @Test
    void aLoneFirstNameOrANameAfterARankIsAPersonAPronounTakesUp() {
        String first = "Arthur, 25 ans, est malvoyant. Vendredi, le magasin l'a refusé.\n\n« Il n'y a pas de vigile », explique-t-il.";
        Attribution arthur = quoting(attribute(first, "PER:Arthur"), "vigile");
        assertThat(arthur.speaker()).isEqualTo("Arthur");
        assertThat(arthur.decidedBy()).isEqualTo("PronounSieve");
        String rank = "Le major Soto a été arrêté. L'ancien président Paul Martin est sénateur.\n\n"
                + "Comme commandant, le major Soto a mené des missions. « Tout était illégal », dénonce-t-il.";
        assertThat(quoting(attribute(rank, "PER:Soto", "PER:Paul Martin"), "illégal").speaker()).isEqualTo("Soto");
    }

    @Test
    void aLoneFirstNameTellsItsGender() {
        String text = "Paul Martin est arrivé mardi. Charlotte l'attendait.\n\n« Rien ne change », a-t-il dit.";
        assertThat(quoting(attribute(text, "PER:Paul Martin", "PER:Charlotte"), "change").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aMediumTheRecognizerRanIntoTheSpeakersNameComesOff() {
        String text = "Paul Martin est mort mardi. « Il était un héros », a estimé sur Twitter Claire Petit, élue de la ville.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin", "PER:Twitter Claire Petit"), "héros");
        assertThat(a.speaker()).isEqualTo("Claire Petit");
    }

    @Test
    void aRoleNobodyBeforeItHoldsIsThePersonOfItsGenderNamedAfterIt() {
        String text = "Paul Martin et Louis Bernard attendent. L'ancienne ministre de la Justice a parlé : « Je prendrai le temps ».\n\n"
                + "Claire Petit avait quitté le gouvernement il y a un an.";
        Attribution a = quoting(attribute(text, "PER:Paul Martin", "PER:Louis Bernard", "PER:Claire Petit"), "temps");
        assertThat(a.speaker()).isEqualTo("Claire Petit");
        assertThat(a.decidedBy()).isEqualTo("RoleHolderSieve");
    }

    @Test
    void aFewWordsInMarksInAPassageReportingStatementsAreItsSubjectsWords() {
        String text = "« Ces enfants ont été remis aux autorités », indique le ministère. Paul Martin « remercie » les Kurdes pour leur « coopération ».";
        List<Attribution> all = attribute(text, "PER:Paul Martin");
        Attribution thanks = quoting(all, "remercie");
        assertThat(thanks.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(thanks.speaker()).isEqualTo("Paul Martin");
        assertThat(quoting(all, "coopération").speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aFewWordsInMarksWithNoSubjectBeforeThemAreTheWordsOfTheReporterBeside() {
        String before = "« Le virus circule », a déploré Paul Martin. Le nombre de cas double « tous les trois jours ».";
        Attribution days = quoting(attribute(before, "PER:Paul Martin"), "tous les");
        assertThat(days.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(days.speaker()).isEqualTo("Paul Martin");
        String same = "Toutefois, « par précaution », les habitants doivent « consulter leur médecin », précise Paul Martin.";
        Attribution caution = quoting(attribute(same, "PER:Paul Martin"), "par précaution");
        assertThat(caution.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(caution.speaker()).isEqualTo("Paul Martin");
    }

    @Test
    void aTermInMarksInPlainNarrationOrQuotedAgainStaysAScareQuote() {
        String plain = "Paul Martin a reçu les « grévistes » mardi. Il est parti ensuite.";
        assertThat(quoting(attribute(plain, "PER:Paul Martin"), "grévistes").kind).isEqualTo(Quotation.Kind.SCARE);
        String again = "« Nous resterons », a dit Paul Martin. Il a reçu les « gilets jaunes » mardi. Les « gilets jaunes » sont partis.";
        Attribution term = quoting(attribute(again, "PER:Paul Martin"), "gilets");
        assertThat(term.kind).isEqualTo(Quotation.Kind.SCARE);
        assertThat(term.speaker()).isNull();
    }

    @Test
    void aPluralRoleIsTheGroupTheArticleNamesByItsFirstMemberAndPluralPronounsTakeItUp() {
        String text = "« Les riches vont bien », affirment les auteurs d'un rapport publié mardi. Les auteurs, Claire Petit et "
                + "Paul Martin, proposent un seuil.\n\nIls estiment qu'on « ne peut pas tout accepter ».";
        List<Attribution> all = attribute(text, "PER:Claire Petit", "PER:Paul Martin");
        Attribution group = quoting(all, "riches");
        assertThat(group.speaker()).isEqualTo("Claire Petit");
        assertThat(group.decidedBy()).isEqualTo("GroupSpeakerSieve");
        assertThat(quoting(all, "accepter").speaker()).isEqualTo("Claire Petit");
        String unnamed = "Les policiers sont arrivés. « Circulez », ont crié les manifestants. Ils disent « rester calmes ».";
        assertThat(quoting(attribute(unnamed), "calmes").speaker()).isNull();
    }

    /** A mark and its no-break space read as an empty word once threw out of the sieve and lost the article's speakers. */
    @Test
    void wordsInMarksWithNoBreakSpacesAreReadWithoutFailing() {
        String text = "« On est partis en pyjama », raconte Gilbert Aumont, 78 ans. Depuis une première fuite constatée en 2019, "
                + "l'ouvrage traîne dans la vallée une réputation de «\u00a0barrage-passoire\u00a0».";
        Attribution a = quoting(attribute(text, "PER:Gilbert Aumont"), "pyjama");
        assertThat(a.speaker()).isEqualTo("Gilbert Aumont");
    }

    @Test
    void theSamePluralDescriptionFarFurtherOnIsTheSameGroup() {
        String text = "« Les riches vont bien », affirment les auteurs. Les auteurs, Claire Petit et Paul Martin, proposent un seuil.\n\n"
                + "Le marché a progressé cette année. ".repeat(60) + "\n\n« Rien ne change », insistent les auteurs.";
        Attribution far = quoting(attribute(text, "PER:Claire Petit", "PER:Paul Martin"), "change");
        assertThat(far.speaker()).isEqualTo("Claire Petit");
        assertThat(far.decidedBy()).isEqualTo("GroupSpeakerSieve");
    }

    @Test
    void aDescriptionByWhatAPersonIsTakesUpTheNearestPerson() {
        String text = "Arthur Dupont, 25 ans, est malvoyant.\n\nIl voyage « en train, en avion », écrit le jeune homme.";
        Attribution a = quoting(attribute(text, "PER:Arthur Dupont"), "train");
        assertThat(a.speaker()).isEqualTo("Arthur Dupont");
        assertThat(a.decidedBy()).isEqualTo("RoleHolderSieve");
    }

    @Test
    void aCollectiveNounIsTheBodyNamedInAppositionToItBefore() {
        String text = "La consommation baisse, selon l'agence sanitaire Santé publique France.\n\n« Rien ne change », précise l'agence.";
        Attribution a = quoting(attribute(text, "LOC:Santé publique France"), "change");
        assertThat(a.speaker()).isEqualTo("Santé publique France");
        assertThat(a.decidedBy()).isEqualTo("CollectiveSpeakerSieve");
    }

    @Test
    void aNameInAppositionToACollectiveNounIsABodyWhateverItsType() {
        String text = "« Rien ne change », précise l'agence sanitaire Santé publique France.";
        Attribution a = quoting(attribute(text, "LOC:Santé publique France"), "change");
        assertThat(a.speaker()).isEqualTo("Santé publique France");
        assertThat(a.speakerType()).isEqualTo(Entity.Type.ORG);
        assertThat(a.decidedBy()).isEqualTo("CollectiveSpeakerSieve");
    }

    @Test
    void anAcronymNoRecognizerMarkedIsTheBodyItNames() {
        String text = "« La surveillance est renforcée », a indiqué l'ARS de la région Occitanie. « Rien ne change », ajoute la CNIL.";
        List<Attribution> all = attribute(text);
        assertThat(quoting(all, "surveillance").speaker()).isEqualTo("ARS de la région Occitanie");
        assertThat(quoting(all, "Rien").speaker()).isEqualTo("CNIL");
        assertThat(quoting(all, "Rien").decidedBy()).isEqualTo("CollectiveSpeakerSieve");
        String known = "« Rien ne change », a indiqué l'ONU.";
        assertThat(quoting(attribute(known), "Rien").speaker()).isEqualTo("United Nations");
    }

    @Test
    void aDomainNounOpensANameButIsNoSpeakerAlone() {
        String named = "Il n'y a « pas de reprise », a indiqué Santé publique France.";
        assertThat(quoting(attribute(named, "LOC:Santé publique France"), "reprise").speaker()).isEqualTo("Santé publique France");
        String alone = "Il n'y a « pas de reprise », a indiqué Santé.";
        assertThat(quoting(attribute(alone, "ORG:Santé"), "reprise").speaker()).isNull();
    }

    /** InnerInciseSieve: a speech verb's subject inside the marks outweighs a subject the finder read before the colon. */
    @Test
    void aSpeechInciseInsideTheMarksOutweighsTheSubjectBeforeTheColon() {
        String text = "La ville s'interroge, où les agents doivent rassurer : « Compte tenu des circonstances, explique la "
                + "police locale, la section spéciale va mener l'enquête. »";
        assertThat(quoting(attribute(text), "Compte tenu").designation(text)).isEqualTo("la police locale");
        String after = "Jean Dupont a parlé. « La docteure Anne Roy, de l'université, estime que cette année, la chaleur "
                + "est forte », a-t-il précisé.";
        assertThat(quoting(attribute(after, "PER:Jean Dupont"), "docteure").speaker()).isEqualTo("Jean Dupont");
    }

    /** SpeechIncise: after a speech verb, a described subject (no name, no listed role) is the designation. */
    @Test
    void theDescribedSubjectOfASpeechVerbIsItsDesignation() {
        String inside = "Paul Durand a parlé. « Il y avait deux enjeux, indique un membre du parti. Il s'inquiète. »";
        Attribution member = quoting(attribute(inside, "PER:Paul Durand"), "enjeux");
        assertThat(member.designation(inside)).isEqualTo("un membre du parti");
        assertThat(member.speaker()).isNull();
        String trailing = "Le gouvernement a réuni les gérants. « Les boîtes de nuit doivent rester fermées », a déclaré à l'AFP un porte-parole.";
        assertThat(quoting(attribute(trailing), "boîtes").designation(trailing)).isEqualTo("un porte-parole");
        String time = "« Nous tiendrons bon, a déclaré la veille, à la radio, cette syndicaliste »";
        assertThat(quoting(attribute(time), "tiendrons").designation(time)).isNotEqualTo("la veille");
    }

    /** SpeakerContext.afterPreposition: the name after "Quant à" is the sentence's topic, a pronoun's antecedent. */
    @Test
    void theNameAfterQuantAIsTheTopicAPronounTakesUp() {
        String text = "La demande est soutenue par Claire Petit. Quant à Anne Roy, députée de la Manche, elle ne cache pas "
                + "sa sympathie. « Je serais dans la rue », a-t-elle expliqué.";
        assertThat(quoting(attribute(text, "PER:Claire Petit", "PER:Anne Roy"), "rue").speaker()).isEqualTo("Anne Roy");
        String complement = "Claire Petit a écrit à Anne Roy. « Je serais dans la rue », a-t-elle expliqué.";
        assertThat(quoting(attribute(complement, "PER:Claire Petit", "PER:Anne Roy"), "rue").speaker()).isEqualTo("Claire Petit");
    }

    /** ReportedWordsSieve: a reporting passage may hold a plain sentence between the reporter and the words. */
    @Test
    void aPlainSentenceInsideAReportingPassageKeepsItsReporter() {
        String text = "« Le trafic sera normal dimanche sur la ligne 1 », a détaillé la Régie. Les lignes 2 et 3 seront fermées. "
                + "Sur la ligne 4, le trafic sera « très perturbé ».";
        Attribution a = quoting(attribute(text, "ORG:Régie"), "très perturbé");
        assertThat(a.kind).isEqualTo(Quotation.Kind.PARTIAL);
        assertThat(a.designation(text)).isEqualTo("la Régie");
        String far = "« Le trafic sera normal dimanche sur la ligne 1 », a détaillé la Régie. Les lignes 2 et 3 seront fermées. "
                + "Les voyageurs attendront. Ils attendent le « métro fantôme » sur la ligne 4.";
        assertThat(quoting(attribute(far, "ORG:Régie"), "fantôme").kind).isEqualTo(Quotation.Kind.SCARE);
    }

    /** TrailingSpeakerSieve.designationAfter: a role's genitive complement runs on to its holder's name. */
    @Test
    void aRoleAndItsComplementRunOnToTheHolderNamedAfterThem() {
        String text = "« Nous répondrons, a déclaré le chef de la diplomatie Paul Martin, avec fermeté. »";
        Attribution a = quoting(attribute(text, "PER:Paul Martin"), "répondrons");
        assertThat(a.designation(text)).isEqualTo("le chef de la diplomatie Paul Martin");
        assertThat(a.speaker()).isEqualTo("Paul Martin");
        String met = "Anne Roy est ministre. « Nous tiendrons », a déclaré la ministre lors d'une rencontre avec Paul Martin.";
        assertThat(quoting(attribute(met, "PER:Anne Roy", "PER:Paul Martin"), "tiendrons").speaker()).isEqualTo("Anne Roy");
    }

    /** OpinionFrameSieve: a frame behind "Mais" and a frame made of a pronoun ("Pour elle,") give their clause's words. */
    @Test
    void aFrameBehindAConjunctionOrMadeOfAPronounGivesItsClause() {
        String text = "L'actrice Anne Roy a écrit au président. Mais pour l'actrice, le président doit interdire cette "
                + "« pratique cruelle ». « La chasse est barbare », poursuit Anne Roy. Pour elle, il s'agit « d'une méthode cruelle ».";
        List<Attribution> all = attribute(text, "PER:Anne Roy");
        assertThat(quoting(all, "pratique").designation(text)).isEqualTo("l'actrice");
        assertThat(quoting(all, "pratique").speaker()).isEqualTo("Anne Roy");
        assertThat(quoting(all, "méthode").designation(text)).isEqualTo("elle");
        assertThat(quoting(all, "méthode").speaker()).isEqualTo("Anne Roy");
        String time = "Anne Roy a parlé. Pour la première fois, le président parle d'une « pratique cruelle ».";
        assertThat(quoting(attribute(time, "PER:Anne Roy"), "pratique").designation(time)).isNotEqualTo("la première fois");
    }
}
