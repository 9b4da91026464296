import { testDetector } from '../../../../test/detector-tester.js'
import { featureDump } from './feature-dump.js'

testDetector(featureDump, {
  flags: [
    {
      conversation: `Dana: We have SSO, audit logs, 99.99% uptime, an open API and a mobile app.`,
      hits: ['#0 “We have SSO, audit logs, 99.99% uptime, an open API and a mobile app.” long-feature-list'],
    },
    {
      // speech-to-text: no commas, the list shows as long runs of nouns
      conversation: `Dana: so the platform does automated invoicing real time dashboards and a customer portal`,
      hits: ['#0 “the platform does automated invoicing real time dashboards and a customer portal” feature-list'],
    },
    {
      // a verbless list after a pitch
      conversation: `Dana: Did you see our new release? Voice channel, sentiment tagging and a WhatsApp connector!`,
      hits: ['#0 “Voice channel, sentiment tagging and a WhatsApp connector” feature-list'],
    },
    {
      conversation: `
        Sam: Fewer no-shows, I suppose.
        Dana: Totally. So BrightChair gives you automated SMS, online booking, a smart waitlist and recall campaigns.`,
      hits: ['#1 “BrightChair gives you automated SMS, online booking, a smart waitlist and recall campaigns.” feature-list'],
    },
    {
      conversation: `
        Sam: Thanks.
        Dana: Just so you know, the premium plan also adds advanced reporting, custom roles, API access and priority support.`,
      hits: ['#1 “plan also adds advanced reporting, custom roles, API access and priority support.” feature-list'],
    },
    {
      // "also got" opens the list; the clause that ends it keeps its last item
      conversation: `Dana: There's the web portal. We've also got offline forms, a PDF generator, QR tag scanning and a fleet dashboard you might like.`,
      hits: ["#0 “There's the web portal. We've also got offline forms, a PDF generator, QR tag scanning and a fleet dashboard you might like.” long-feature-list"],
    },
    {
      // a product word before a colon opens the list
      conversation: `Dana: Thanks for reaching out! Quick overview: AI repricing, multi-channel sync, inventory forecasting and a profit dashboard!`,
      hits: ['#0 “overview: AI repricing, multi-channel sync, inventory forecasting and a profit dashboard!” feature-list'],
    },
    {
      // "which would help me" ties the list to the rep, not to the customer
      conversation: `Dana: Plus you'd get lane analytics, rate benchmarking and a carrier scorecard, which would really help me close out my month.`,
      hits: ["#0 “you'd get lane analytics, rate benchmarking and a carrier scorecard, which would really help me close out my month.” feature-list"],
    },
  ],
  passes: [
    // a colon after a word that names no product
    `Dana: Attached: the failure summary, our two notices and a contact at St Brendan's.`,
    `Dana: okay i see it theres a hidden character in row eight hundred and twelve in the sku column`,
    // tied to what the customer said
    `Sam: Our reps waste hours on data entry.
     Dana: Since you mentioned data entry, we have auto-capture, email sync and call logging, which would cut that.`,
    `Sam: We need the numbers by Friday for the board.
     Dana: I'll send the pricing, the case study and the security pack by Thursday.`,
    // a question listing options is not a pitch
    `Dana: Can I ask who's involved: you, your CFO, or the whole board?`,
    `Dana: I was in Leeds, Manchester and Bristol this week.`,
    `Dana: We have two of those.`,
    // naming the options is not claiming features
    `Dana: Our pricing has three tiers: starter, growth and enterprise.`,
    `Sam: We need to pass a security review.
     Dana: Growth adds SSO, audit logs and priority support, which covers the security review you mentioned.`,
  ],
})
