window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "2",
      "id_str" : "1860723436922636591",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1860723436922636591",
      "created_at" : "Sun Nov 24 16:33:32 +0000 2024",
      "favorited" : false,
      "full_text" : "The light has been shining from this rock for a hundred and thirty years. I'm just the current person holding the cloth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "143" ],
      "favorite_count" : "3",
      "id_str" : "1856970484380066250",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1856970484380066250",
      "created_at" : "Thu Nov 14 08:00:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Annual inspection today. The inspector ran a finger along the lens housing and found nothing. I have been waiting a whole year for that moment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "139" ],
      "favorite_count" : "3",
      "id_str" : "1855565398172939922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855565398172939922",
      "created_at" : "Sun Nov 10 10:57:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Wind W 9. Severe gale. The tower hums in the gusts, a low note you feel in your teeth more than hear. All these years and it still gets me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "90" ],
      "favorite_count" : "6",
      "id_str" : "1848606935154963344",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1848606935154963344",
      "created_at" : "Tue Oct 22 06:06:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Every book on the island has sand in its spine. It's how you know it's been read properly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "78" ],
      "favorite_count" : "14",
      "id_str" : "1848057451264664242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1848057451264664242",
      "created_at" : "Sun Oct 20 17:43:26 +0000 2024",
      "favorited" : false,
      "full_text" : "The cat, Barometer, has learned to open the bread bin. I am at war with a cat.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "157" ],
      "favorite_count" : "2",
      "id_str" : "1845370597648994767",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1845370597648994767",
      "created_at" : "Sun Oct 13 07:46:50 +0000 2024",
      "favorited" : false,
      "full_text" : "07:46. Wind N 1, veering NE. Thin high cloud and a pale sun, the sea barely moving. Spent the morning scraping rust off the gallery railings. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "8",
      "id_str" : "1841840215777912404",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841840215777912404",
      "created_at" : "Thu Oct 03 13:58:21 +0000 2024",
      "favorited" : false,
      "full_text" : "A boat of birdwatchers landed for an hour. Every one of them saw more species than I did all week. Humbling.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "11",
      "id_str" : "1841443554138321328",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1841443554138321328",
      "created_at" : "Wed Oct 02 11:42:10 +0000 2024",
      "favorited" : false,
      "full_text" : "A yacht anchored in the bay overnight. Their anchor light and my beam, the only lights for miles. We exchanged a torch wave at midnight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/kitchen/lentil-soup",
            "expanded_url" : "https://example.org/kitchen/lentil-soup",
            "display_url" : "example.org/kitchen/lenti…",
            "indices" : [ "61", "100" ]
          }
        ]
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "1",
      "id_str" : "1837077359668316172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837077359668316172",
      "possibly_sensitive" : false,
      "created_at" : "Fri Sep 20 10:32:28 +0000 2024",
      "favorited" : false,
      "full_text" : "The lentil soup I keep going on about, finally written down: https://example.org/kitchen/lentil-soup",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "79", "88" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "11",
      "id_str" : "1836437543110552256",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1836437543110552256",
      "created_at" : "Wed Sep 18 16:10:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Geminids tonight, if the clouds behave. They won't. They never do in December. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "3",
      "id_str" : "1830663051214735236",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1830663051214735236",
      "created_at" : "Mon Sep 02 17:44:18 +0000 2024",
      "favorited" : false,
      "full_text" : "The sea was so clear this morning I could see the kelp swaying at the bottom of the landing, like a slow green crowd.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "9" ],
      "favorite_count" : "11",
      "id_str" : "1825415701719707532",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1825415701719707532",
      "created_at" : "Mon Aug 19 06:13:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Boat day!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "112" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1823970538316558668",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "1823979598337828779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823979598337828779",
      "in_reply_to_status_id" : "1823970538316558668",
      "created_at" : "Thu Aug 15 07:06:38 +0000 2024",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Ha! Tell the boat crew I've counted the tins and I know exactly how many biscuits they owe me.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "2",
      "id_str" : "1819497665131783075",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1819497665131783075",
      "created_at" : "Fri Aug 02 22:17:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Supply boat due at 11. It's now 14:30. The boat comes the way the tide comes: eventually, and on its own terms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "71" ],
      "favorite_count" : "1",
      "id_str" : "1819262028873871692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1819262028873871692",
      "created_at" : "Fri Aug 02 06:40:42 +0000 2024",
      "favorited" : false,
      "full_text" : "I talk to the lamp. The lamp does not talk back. This is why we get on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "3", "17" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "94" ],
      "favorite_count" : "0",
      "id_str" : "1814767808780129529",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1814767808780129529",
      "created_at" : "Sat Jul 20 21:02:17 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @breadnerd_ana: A loaf a week for a year. Today was loaf 52. Thank you for following along.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "1",
      "id_str" : "1814280961400021707",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1814280961400021707",
      "created_at" : "Fri Jul 19 12:47:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Cut my own hair using the lantern glass as a mirror. It's very even on the side I could see.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "3", "17" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "0",
      "id_str" : "1812027226798631973",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1812027226798631973",
      "created_at" : "Sat Jul 13 07:32:11 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @breadnerd_ana: Community bread day at the village hall on Saturday. Bring flour, bring a friend, bring an appetite.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "0",
      "id_str" : "1811467085935726204",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1811467085935726204",
      "created_at" : "Thu Jul 11 18:26:23 +0000 2024",
      "favorited" : false,
      "full_text" : "The rhubarb has come up in the walled garden like it does every year, not asking anyone's permission. 🌱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "91" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1805699781145289686",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1805713872451094132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1805713872451094132",
      "in_reply_to_status_id" : "1805699781145289686",
      "created_at" : "Tue Jun 25 21:25:10 +0000 2024",
      "favorited" : false,
      "full_text" : "@puffin_count 212 on the north slope last night, give or take my eyesight. How's your side?",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "4",
      "id_str" : "1804257755038199108",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804257755038199108",
      "created_at" : "Fri Jun 21 20:59:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Polishing brass is the closest thing I have to meditation. Round and round until the face looking back at you is your own.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "145" ],
      "favorite_count" : "3",
      "id_str" : "1793541148648186307",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1793541148648186307",
      "created_at" : "Thu May 23 07:15:06 +0000 2024",
      "favorited" : false,
      "full_text" : "The Andromeda galaxy is two and a half million light years away and tonight I saw it with my bare eyes from my own doorstep. Small life, big sky.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "134", "143" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/sky/winter-chart",
            "expanded_url" : "https://example.org/sky/winter-chart",
            "display_url" : "example.org/sky/winter-ch…",
            "indices" : [ "97", "133" ]
          }
        ]
      },
      "display_text_range" : [ "0", "143" ],
      "favorite_count" : "5",
      "id_str" : "1790613110844606809",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1790613110844606809",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 15 05:20:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Star chart I drew of the winter sky from the island, north at the top, lighthouse at the bottom. https://example.org/sky/winter-chart #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "1",
      "id_str" : "1788101567115110506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788101567115110506",
      "created_at" : "Wed May 08 07:00:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Baking in a gale: the oven door rattles, the windows hum, and the dough rises regardless. Bread doesn't care about the weather.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "146" ],
      "favorite_count" : "2",
      "id_str" : "1787765119694446709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1787765119694446709",
      "created_at" : "Tue May 07 08:43:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Moon and Venus close together in the dusk, the thin crescent with its dark part faintly lit by earthshine. Leonardo worked that out. Still lovely.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "105" ],
      "favorite_count" : "4",
      "id_str" : "1786420606821218099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786420606821218099",
      "created_at" : "Fri May 03 15:40:37 +0000 2024",
      "favorited" : false,
      "full_text" : "There's a pod of orcas in the sound! Five of them, one with a tall bent fin. Shouted at the cat about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "6" ],
      "favorite_count" : "3",
      "id_str" : "1786299554765275907",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786299554765275907",
      "created_at" : "Fri May 03 07:39:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Frost.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "157" ],
      "favorite_count" : "11",
      "id_str" : "1783782074702582347",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1783782074702582347",
      "created_at" : "Fri Apr 26 08:56:02 +0000 2024",
      "favorited" : false,
      "full_text" : "08:56. Wind NW 4, veering N. Grey skies, steady drizzle, sea the colour of slate. Wrote letters for the next boat and ate the last of the oatcakes. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "11",
      "id_str" : "1777398990900978069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1777398990900978069",
      "created_at" : "Mon Apr 08 18:11:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Wind veering NW behind the front. Sky clearing from the west like someone pulling back a blanket. Stars later, I hope.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "5",
      "id_str" : "1773003191272538111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1773003191272538111",
      "created_at" : "Wed Mar 27 15:04:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Wind NE 8. Heavy seas, the landing closed, everything lashed down. Brass polished, batteries checked, all correct.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "4",
      "id_str" : "1772748670652128513",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1772748670652128513",
      "created_at" : "Tue Mar 26 22:13:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Storm-blown little auk on the landing this morning, tiny and bewildered. Put it back on the water and it paddled off without a word of thanks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "5" ],
      "favorite_count" : "0",
      "id_str" : "1769249137269523075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1769249137269523075",
      "created_at" : "Sun Mar 17 06:27:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Calm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "6" ],
      "favorite_count" : "14",
      "id_str" : "1767464803255886276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767464803255886276",
      "created_at" : "Tue Mar 12 08:17:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "87" ],
      "favorite_count" : "0",
      "id_str" : "1767084214214437204",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1767084214214437204",
      "created_at" : "Mon Mar 11 07:04:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Cloud. Cloud. Cloud. Cloud. The eclipse was behind all of it. I heard it was very nice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "6",
      "id_str" : "1760227197190116770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1760227197190116770",
      "created_at" : "Wed Feb 21 08:57:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Library books arrived. Three crime novels, a history of Arctic exploration, and a cookbook someone has clearly cried on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "1",
      "id_str" : "1759453073409714271",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1759453073409714271",
      "created_at" : "Mon Feb 19 05:41:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Fixed the radio aerial at the top of the tower in a stiff breeze. Harness clipped on, heart in mouth, very good view.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "0",
      "id_str" : "1755908054762472907",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1755908054762472907",
      "created_at" : "Fri Feb 09 10:54:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Watched a skua chase a tern for a full minute until the tern dropped its fish. Nature is beautiful and also a mugging.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "138", "153" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "153" ],
      "favorite_count" : "11",
      "id_str" : "1753469183456797046",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1753469183456797046",
      "created_at" : "Fri Feb 02 17:23:25 +0000 2024",
      "favorited" : false,
      "full_text" : "17:23. Wind NE 8, backing N. Rough sea, spray over the landing every few minutes. Oiled the rotation gear and swept the lamp room stairs. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "14",
      "id_str" : "1744641883072175061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744641883072175061",
      "created_at" : "Tue Jan 09 08:46:53 +0000 2024",
      "favorited" : false,
      "full_text" : "Wind W 9. Sea white from here to the mainland. Bread proving by the stove while I check the batteries. All well, all lashed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "82" ],
      "favorite_count" : "3",
      "id_str" : "1743037929918915267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1743037929918915267",
      "created_at" : "Thu Jan 04 22:33:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Rewired the kitchen light. Nothing exploded. I'm counting that as a qualification.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "140" ],
      "favorite_count" : "1",
      "id_str" : "1742833044777359763",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742833044777359763",
      "created_at" : "Thu Jan 04 08:59:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Salt &amp; pepper, bread &amp; butter, wind &amp; rain. Everything on this island comes in pairs, except me and the cat, and we make a pair.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "8",
      "id_str" : "1736142227934577351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1736142227934577351",
      "created_at" : "Sat Dec 16 21:52:17 +0000 2023",
      "favorited" : false,
      "full_text" : "The sunset was so good this evening that I fetched the cat so he wouldn't miss it. He missed it. He was looking at a moth.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "3", "16" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "0",
      "id_str" : "1731739264163415149",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1731739264163415149",
      "created_at" : "Mon Dec 04 18:16:29 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @puffin_count: Puffin numbers up on the outer islands for the third year running. Good news to start the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "1",
      "id_str" : "1729764458809035697",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1729764458809035697",
      "created_at" : "Wed Nov 29 07:29:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Counting my blessings on a wet Tuesday: roof holds, stove draws, flour's in, cat's fed, lamp's lit. That'll do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "8",
      "id_str" : "1728058046711991898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728058046711991898",
      "created_at" : "Fri Nov 24 14:28:38 +0000 2023",
      "favorited" : false,
      "full_text" : "Night watch. Tea, a blanket, the radio turned low, the beam going round above me. Nowhere I'd rather be.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "169" ],
      "favorite_count" : "1",
      "id_str" : "1726583613951226506",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726583613951226506",
      "created_at" : "Mon Nov 20 12:49:46 +0000 2023",
      "favorited" : false,
      "full_text" : "12:49. Wind SE 2. Bright and still, the kind of quiet where you can hear the seals breathing. Oiled the rotation gear and swept the lamp room stairs. No complaints here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "14",
      "id_str" : "1721616988079210103",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1721616988079210103",
      "created_at" : "Mon Nov 06 19:54:10 +0000 2023",
      "favorited" : false,
      "full_text" : "Lost power to the kitchen for three hours. Made toast over the stove on a fork. Best toast in years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "2",
      "id_str" : "1712602146890452641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712602146890452641",
      "created_at" : "Thu Oct 12 22:52:25 +0000 2023",
      "favorited" : false,
      "full_text" : "The paint store smells of linseed and a hundred years. I could stay in there all day. I don't, because of the fumes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "5",
      "id_str" : "1712421519958412601",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1712421519958412601",
      "created_at" : "Thu Oct 12 10:54:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Potato bread. The most forgiving bread there is. It forgives everything, including me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "11",
      "id_str" : "1709329985391531889",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1709329985391531889",
      "created_at" : "Tue Oct 03 22:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Someone asked if I get lonely out here at night. I have Jupiter, four of his moons and a cat. Very full house.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "14",
      "id_str" : "1708493047677325971",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1708493047677325971",
      "created_at" : "Sun Oct 01 14:44:19 +0000 2023",
      "favorited" : false,
      "full_text" : "The island has one tree, a stunted rowan behind the wall. It has berries this year. I'm absurdly proud of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "5",
      "id_str" : "1706903252493083738",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1706903252493083738",
      "created_at" : "Wed Sep 27 05:27:02 +0000 2023",
      "favorited" : false,
      "full_text" : "Found a message in a bottle on the beach. It said 'hello from Iceland'. I'm choosing to believe it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "2",
      "id_str" : "1703760452773458751",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1703760452773458751",
      "created_at" : "Mon Sep 18 13:18:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Full moon tonight. Too bright for the faint things, but the sea glitters right to the horizon. Not a bad trade.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "97" ],
      "favorite_count" : "3",
      "id_str" : "1695346391958222694",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1695346391958222694",
      "created_at" : "Sat Aug 26 08:04:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Mercury! Low, faint and gone in twenty minutes. The most elusive planet, and I finally caught it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "8" ],
      "favorite_count" : "2",
      "id_str" : "1689591901308776660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1689591901308776660",
      "created_at" : "Thu Aug 10 10:57:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Puffins!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "5",
      "id_str" : "1676477860798983648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1676477860798983648",
      "created_at" : "Wed Jul 05 06:27:24 +0000 2023",
      "favorited" : false,
      "full_text" : "06:27. Wind NW 5. Cold and clear, a short steep sea on the ebb. A pair of ravens tumbling over the north cliff, showing off. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "155" ],
      "favorite_count" : "3",
      "id_str" : "1673476765332753221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1673476765332753221",
      "created_at" : "Mon Jun 26 23:42:07 +0000 2023",
      "favorited" : false,
      "full_text" : "A book on star names from the Arabic. Aldebaran means 'the follower', because it follows the Pleiades across the sky. I love that it's following something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "101" ],
      "favorite_count" : "2",
      "id_str" : "1668708438048737881",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1668708438048737881",
      "created_at" : "Tue Jun 13 19:54:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Sat on the step at dusk and watched the light come on above me. Every single evening I still look up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "5",
      "id_str" : "1663931139017083977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1663931139017083977",
      "created_at" : "Wed May 31 15:31:12 +0000 2023",
      "favorited" : false,
      "full_text" : "Little flock of turnstones working the tideline, flipping seaweed like they've lost their keys.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "5",
      "id_str" : "1662749363951630984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1662749363951630984",
      "created_at" : "Sun May 28 09:15:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Cold night, thick socks, an old sea atlas on my knee. Tracing routes with my finger to places I'll never go and don't need to.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "0",
      "id_str" : "1660740228055520398",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1660740228055520398",
      "created_at" : "Mon May 22 20:11:40 +0000 2023",
      "favorited" : false,
      "full_text" : "A visiting painter spent the whole day on the cliff trying to get the colour of the sea. Said she got close. I said nobody ever does.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "107", "115" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "115" ],
      "favorite_count" : "11",
      "id_str" : "1656998893425534788",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1656998893425534788",
      "created_at" : "Fri May 12 12:24:56 +0000 2023",
      "favorited" : false,
      "full_text" : "Ringed plover nest on the shingle, four speckled eggs you'd never see unless you knew. Roped off the path. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "147" ],
      "favorite_count" : "3",
      "id_str" : "1654437392341705277",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1654437392341705277",
      "created_at" : "Fri May 05 10:46:26 +0000 2023",
      "favorited" : false,
      "full_text" : "Wind SW 8, veering W. Big breaking swell on the west side, the whole rock booming. Reading in the lamp room window with a mug going cold beside me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/birds/auks",
            "expanded_url" : "https://example.org/birds/auks",
            "display_url" : "example.org/birds/auks",
            "indices" : [ "94", "124" ]
          }
        ]
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "6",
      "id_str" : "1653879275374747611",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653879275374747611",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 03 21:48:41 +0000 2023",
      "favorited" : false,
      "full_text" : "How to tell a razorbill from a guillemot at a glance, from a keeper who used to get it wrong: https://example.org/birds/auks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "5",
      "id_str" : "1653458395565455471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1653458395565455471",
      "created_at" : "Tue May 02 17:56:15 +0000 2023",
      "favorited" : false,
      "full_text" : "17:56. Wind E 6. Sunshine and scudding cloud, shadows racing over the water. Soup on, cat asleep, logbook up to date. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "1",
      "id_str" : "1652974159916633936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1652974159916633936",
      "created_at" : "Mon May 01 09:52:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Rereading To the Lighthouse. Woolf never mentions the stairs. I've decided it's a deliberate omission.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "131" ],
      "favorite_count" : "14",
      "id_str" : "1650131260663157246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650131260663157246",
      "created_at" : "Sun Apr 23 13:35:25 +0000 2023",
      "favorited" : false,
      "full_text" : "Wind N 7, backing NW. Gusts rattling the lantern panes, rain coming in flat. Kneaded the week's dough with the radio on. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "152" ],
      "favorite_count" : "0",
      "id_str" : "1644954074899149229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644954074899149229",
      "created_at" : "Sun Apr 09 06:43:07 +0000 2023",
      "favorited" : false,
      "full_text" : "06:43. Wind SW 1. Barely a breath of wind and the sea like oiled glass. Reading in the lamp room window with a mug going cold beside me. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "154" ],
      "favorite_count" : "1",
      "id_str" : "1644620710312360978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1644620710312360978",
      "created_at" : "Sat Apr 08 08:38:27 +0000 2023",
      "favorited" : false,
      "full_text" : "08:38. Wind NE 9, backing N. Big breaking swell on the west side, the whole rock booming. Lens cleaned and the log written up before breakfast. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "82" ],
      "favorite_count" : "4",
      "id_str" : "1644614203863244531",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1644614203863244531",
      "created_at" : "Sat Apr 08 08:12:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Lentils &amp; barley in the pot, bread in the oven, storm outside. Perfect Sunday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "139" ],
      "favorite_count" : "8",
      "id_str" : "1641831087571717636",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641831087571717636",
      "created_at" : "Fri Mar 31 15:53:29 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a keeper's diary from 1902 that I found in the loft. He writes about the weather, the lamp and his bread. Some things never change.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "5",
      "id_str" : "1636137815538658653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1636137815538658653",
      "created_at" : "Wed Mar 15 22:50:27 +0000 2023",
      "favorited" : false,
      "full_text" : "Got a letter from a child on the mainland asking what the lighthouse eats. Wrote back: mostly light. And bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "2",
      "id_str" : "1634103873739921267",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1634103873739921267",
      "created_at" : "Fri Mar 10 08:08:18 +0000 2023",
      "favorited" : false,
      "full_text" : "08:08. Wind SE 2. Sea flat calm, not a ripple to the horizon. Lens cleaned and the log written up before breakfast. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1628718641539405825",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "1628746823633912856",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1628746823633912856",
      "in_reply_to_status_id" : "1628718641539405825",
      "created_at" : "Thu Feb 23 13:21:18 +0000 2023",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Forty-one species this week. Mostly birds. Some of them were just gulls in different moods.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "1",
      "id_str" : "1624459527840494831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1624459527840494831",
      "created_at" : "Sat Feb 11 17:25:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Checked the lamp, logged the wind &amp; visibility, wound the clock, fed the cat. Bed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "6",
      "id_str" : "1615614233361443008",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1615614233361443008",
      "created_at" : "Wed Jan 18 07:37:04 +0000 2023",
      "favorited" : false,
      "full_text" : "Sea temperature's up a degree this year, according to the buoy. The jellyfish have noticed. So have I.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "93" ],
      "favorite_count" : "3",
      "id_str" : "1612733073110099590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1612733073110099590",
      "created_at" : "Tue Jan 10 08:48:22 +0000 2023",
      "favorited" : false,
      "full_text" : "The wind has been blowing from the east for nine days and I've started to take it personally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "98" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1611237895464587474",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1611272371435553282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611272371435553282",
      "in_reply_to_status_id" : "1611237895464587474",
      "created_at" : "Fri Jan 06 08:04:04 +0000 2023",
      "favorited" : false,
      "full_text" : "@puffin_count That's a great photo. Is that the one with the wonky beak? He's back on my side too.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "4",
      "id_str" : "1609677660515178382",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1609677660515178382",
      "created_at" : "Sun Jan 01 22:27:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Barometer sleeps on the warmest thing in the tower. Today that is the logbook, which is warm because I was writing in it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "6",
      "id_str" : "1608346400449012384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1608346400449012384",
      "created_at" : "Thu Dec 29 06:17:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote letters all afternoon. Proper ones, with ink. They'll go on the boat next week and arrive in three. That's fine. No rush.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "3",
      "id_str" : "1605264018448035694",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1605264018448035694",
      "created_at" : "Tue Dec 20 18:09:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Wind W 6, veering NW. Moderate sea, a few white horses out past the point. Lens cleaned and the log written up before breakfast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "3",
      "id_str" : "1598710232427018353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1598710232427018353",
      "created_at" : "Fri Dec 02 16:06:36 +0000 2022",
      "favorited" : false,
      "full_text" : "Wind S 8 and a spring tide. The landing is under water and the boat won't come. Bread it is, then. Lots of bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "112" ],
      "favorite_count" : "4",
      "id_str" : "1598239276544573932",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1598239276544573932",
      "created_at" : "Thu Dec 01 08:55:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Fog lifted at noon all at once, like a curtain at the theatre, and there was the whole coast, looking surprised.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "6",
      "id_str" : "1596603871777559759",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1596603871777559759",
      "created_at" : "Sat Nov 26 20:36:41 +0000 2022",
      "favorited" : false,
      "full_text" : "Last visitors of the season left this afternoon. The island sighed and settled back into itself. So did I.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "4",
      "id_str" : "1594942944661977090",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1594942944661977090",
      "created_at" : "Tue Nov 22 06:36:45 +0000 2022",
      "favorited" : false,
      "full_text" : "The shags are standing on the rocks with their wings out to dry like a row of wet umbrellas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/kitchen/island-rye",
            "expanded_url" : "https://example.org/kitchen/island-rye",
            "display_url" : "example.org/kitchen/islan…",
            "indices" : [ "79", "117" ]
          }
        ]
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "1",
      "id_str" : "1589975764293073317",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1589975764293073317",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 08 13:38:57 +0000 2022",
      "favorited" : false,
      "full_text" : "My rye sourdough recipe, with all the guessing written down properly for once: https://example.org/kitchen/island-rye",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "0",
      "id_str" : "1589223186695501164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1589223186695501164",
      "created_at" : "Sun Nov 06 11:48:28 +0000 2022",
      "favorited" : false,
      "full_text" : "Scones for the engineers' visit. They ate eleven between the three of them. I'm counting that as a review.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "111", "120" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "8",
      "id_str" : "1586356757884525081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586356757884525081",
      "created_at" : "Sat Oct 29 13:58:18 +0000 2022",
      "favorited" : false,
      "full_text" : "Clear night, no moon. The Milky Way so bright it seems to cast a faint shadow on the gallery floor. I promise. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "4",
      "id_str" : "1586254191608642430",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1586254191608642430",
      "created_at" : "Sat Oct 29 07:10:45 +0000 2022",
      "favorited" : false,
      "full_text" : "07:10. Frost on the railings, flat calm, and the mainland hills pink at the edges. A good morning to be awake for.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "71" ],
      "favorite_count" : "14",
      "id_str" : "1576840430178471421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1576840430178471421",
      "created_at" : "Mon Oct 03 07:43:49 +0000 2022",
      "favorited" : false,
      "full_text" : "Sorting seed packets for the walled garden: beans, peas, lettuce, hope.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "3",
      "id_str" : "1573947755872098413",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1573947755872098413",
      "created_at" : "Sun Sep 25 08:09:22 +0000 2022",
      "favorited" : false,
      "full_text" : "Lentil soup, third day running. It gets better. I get slightly less better.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1564103159517618400",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1564142922213450579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1564142922213450579",
      "in_reply_to_status_id" : "1564103159517618400",
      "created_at" : "Mon Aug 29 06:48:27 +0000 2022",
      "favorited" : false,
      "full_text" : "@puffin_count Not yet. The slope is empty and I'm checking the horizon every ten minutes.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "91" ],
      "favorite_count" : "2",
      "id_str" : "1561073383103401163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1561073383103401163",
      "created_at" : "Sat Aug 20 19:31:12 +0000 2022",
      "favorited" : false,
      "full_text" : "Spent the afternoon on the fog signal compressor. It is older than me and in better health.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/lighthouse/lens-cleaning",
            "expanded_url" : "https://example.org/lighthouse/lens-cleaning",
            "display_url" : "example.org/lighthouse/le…",
            "indices" : [ "98", "142" ]
          }
        ]
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "6",
      "id_str" : "1558202274077967571",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1558202274077967571",
      "possibly_sensitive" : false,
      "created_at" : "Fri Aug 12 21:22:26 +0000 2022",
      "favorited" : false,
      "full_text" : "Wrote a little piece about cleaning a Fresnel lens, with photos of the prisms catching the light: https://example.org/lighthouse/lens-cleaning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "6",
      "id_str" : "1556984333813212588",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1556984333813212588",
      "created_at" : "Tue Aug 09 12:42:47 +0000 2022",
      "favorited" : false,
      "full_text" : "Sea fret rolling in over the north cliff at teatime, thick as porridge. The lamp went on an hour early.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "11",
      "id_str" : "1555194851973949086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1555194851973949086",
      "created_at" : "Thu Aug 04 14:12:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Orion is back in the evening sky. Winter's coming whether I like it or not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "5",
      "id_str" : "1550136181691397630",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1550136181691397630",
      "created_at" : "Thu Jul 21 15:10:40 +0000 2022",
      "favorited" : false,
      "full_text" : "Barometer the cat has been promoted to Assistant Keeper. His duties are sleeping on the logbook and watching birds with terrible intent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "3", "16" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "0",
      "id_str" : "1549734646504132463",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1549734646504132463",
      "created_at" : "Wed Jul 20 12:35:07 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @puffin_count: Count complete! 4,812 puffins across the island group. Thank you to every volunteer who sat on a wet cliff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "8",
      "id_str" : "1548593421166105691",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1548593421166105691",
      "created_at" : "Sun Jul 17 09:00:17 +0000 2022",
      "favorited" : false,
      "full_text" : "Walked down to the landing at midnight to look at the water with the beam passing over it. Phosphorescence in the wake of a seal. Magic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "11",
      "id_str" : "1547613647291283954",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1547613647291283954",
      "created_at" : "Thu Jul 14 16:07:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Basking shark drifting past the landing, mouth open, huge and harmless. Stayed very still on the rocks and watched it go.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "2",
      "id_str" : "1547211989563692197",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1547211989563692197",
      "created_at" : "Wed Jul 13 13:30:58 +0000 2022",
      "favorited" : false,
      "full_text" : "Radio chat with the ferry skipper this morning. We discussed the weather, his knee and the price of diesel. Proper conversation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "1",
      "id_str" : "1547007210335378646",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1547007210335378646",
      "created_at" : "Tue Jul 12 23:57:15 +0000 2022",
      "favorited" : false,
      "full_text" : "A film crew came to make a programme about lighthouses. They asked me to 'look pensive' at the sea. I've been doing that unpaid for years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "123" ],
      "favorite_count" : "6",
      "id_str" : "1543856424086181063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1543856424086181063",
      "created_at" : "Mon Jul 04 07:17:09 +0000 2022",
      "favorited" : false,
      "full_text" : "New flour on the supply boat, a stoneground one from a mill down the coast. The loaf tastes nutty and deep. Worth the wait.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "4",
      "id_str" : "1540418470279415580",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1540418470279415580",
      "created_at" : "Fri Jun 24 19:35:57 +0000 2022",
      "favorited" : false,
      "full_text" : "Puffins leaving for the winter. One day the cliff is full of them and the next it's just quiet grass. Every year it catches me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "112" ],
      "favorite_count" : "6",
      "id_str" : "1535155370400314909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1535155370400314909",
      "created_at" : "Fri Jun 10 07:02:16 +0000 2022",
      "favorited" : false,
      "full_text" : "Wind SE 2. Sea flat calm, not a ripple to the horizon. Walked the perimeter and found the gate blown open again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "2",
      "id_str" : "1524309513047974085",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1524309513047974085",
      "created_at" : "Wed May 11 08:44:42 +0000 2022",
      "favorited" : false,
      "full_text" : "Sourdough starter is bubbling like it has something to say. I have named him Hector. Hector is doing better than me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "6",
      "id_str" : "1522599419123516139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1522599419123516139",
      "created_at" : "Fri May 06 15:29:24 +0000 2022",
      "favorited" : false,
      "full_text" : "Checked every putty seal in the lantern. Three need redoing. The sea finds every gap eventually.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "3", "20" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "0",
      "id_str" : "1521845221789078154",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1521845221789078154",
      "created_at" : "Wed May 04 13:32:30 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @harbourmaster_jo: Small craft warning for the whole coast tonight. Stay in harbour, folks. The sea isn't going anywhere.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "74", "82" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "82" ],
      "favorite_count" : "4",
      "id_str" : "1521572514625515829",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1521572514625515829",
      "created_at" : "Tue May 03 19:28:51 +0000 2022",
      "favorited" : false,
      "full_text" : "The terns have started dive-bombing the supply boat crew. Nobody is safe. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "6",
      "id_str" : "1516196664780131806",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1516196664780131806",
      "created_at" : "Mon Apr 18 23:27:09 +0000 2022",
      "favorited" : false,
      "full_text" : "Book club by radio with the harbourmaster on Thursdays. This month: a shipwreck memoir. Too close to home. Loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "2",
      "id_str" : "1511767677849090774",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1511767677849090774",
      "created_at" : "Wed Apr 06 18:07:56 +0000 2022",
      "favorited" : false,
      "full_text" : "Generator service day: oil, filters, a long look at the belts and a short conversation with the engine about its attitude.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1503027880217321587",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1503031403363122456",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1503031403363122456",
      "in_reply_to_status_id" : "1503027880217321587",
      "created_at" : "Sun Mar 13 15:33:06 +0000 2022",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Flour, water, salt &amp; time. Time's the hard part out here. Plenty of it, but always the wrong shape.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "1",
      "id_str" : "1495661788449687391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1495661788449687391",
      "created_at" : "Mon Feb 21 07:28:53 +0000 2022",
      "favorited" : false,
      "full_text" : "Wind SW 7. Gusts rattling the lantern panes, rain coming in flat. The lamp went on at dusk without a murmur. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "79" ],
      "favorite_count" : "8",
      "id_str" : "1493913073150518927",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1493913073150518927",
      "created_at" : "Wed Feb 16 11:40:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Rye and caraway today. The whole tower smells of it, right up to the lamp room.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "4",
      "id_str" : "1492021918825934268",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1492021918825934268",
      "created_at" : "Fri Feb 11 06:25:20 +0000 2022",
      "favorited" : false,
      "full_text" : "06:25. Wind N 3. Long low swell, no white water anywhere. Hung out the washing and it came back in smelling of the sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "163" ],
      "favorite_count" : "4",
      "id_str" : "1488435848397492243",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1488435848397492243",
      "created_at" : "Tue Feb 01 08:55:34 +0000 2022",
      "favorited" : false,
      "full_text" : "08:55. Wind SW 5, veering W. Sunshine and scudding cloud, shadows racing over the water. Reading in the lamp room window with a mug going cold beside me. All well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "90" ],
      "favorite_count" : "14",
      "id_str" : "1484124060642304304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1484124060642304304",
      "created_at" : "Thu Jan 20 11:22:04 +0000 2022",
      "favorited" : false,
      "full_text" : "No boat this week. Swell too big for the landing. Counting tins like a dragon counts gold.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "91" ],
      "favorite_count" : "11",
      "id_str" : "1482767636301219831",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482767636301219831",
      "created_at" : "Sun Jan 16 17:32:07 +0000 2022",
      "favorited" : false,
      "full_text" : "The gull that steals from my bin has a limp, a scar and no manners. I call him the Admiral.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "11",
      "id_str" : "1482122128486087925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1482122128486087925",
      "created_at" : "Fri Jan 14 22:47:06 +0000 2022",
      "favorited" : false,
      "full_text" : "Sea Fever, by Masefield. I know it by heart now. Read it aloud on the gallery tonight to nobody but the wind.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1480158692471757580",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1480218332485728348",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1480218332485728348",
      "in_reply_to_status_id" : "1480158692471757580",
      "created_at" : "Sun Jan 09 16:42:06 +0000 2022",
      "favorited" : false,
      "full_text" : "@puffin_count Yes! Three on the west cliff this morning, first of the year.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "14",
      "id_str" : "1479898320070016683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479898320070016683",
      "created_at" : "Sat Jan 08 19:30:29 +0000 2022",
      "favorited" : false,
      "full_text" : "Ate soup standing at the window because a pod of dolphins came through the sound. Dolphins first, soup second, always.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "105" ],
      "favorite_count" : "8",
      "id_str" : "1479600743465882341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1479600743465882341",
      "created_at" : "Fri Jan 07 23:48:01 +0000 2022",
      "favorited" : false,
      "full_text" : "Hail the size of peas, then sunshine, then hail again. The weather here has the attention span of a gull.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "14",
      "id_str" : "1476242608031218626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1476242608031218626",
      "created_at" : "Wed Dec 29 17:23:59 +0000 2021",
      "favorited" : false,
      "full_text" : "17:23. Wind SW 1. Sea flat calm, not a ripple to the horizon. A pair of ravens tumbling over the north cliff, showing off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "6",
      "id_str" : "1474636331666911474",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1474636331666911474",
      "created_at" : "Sat Dec 25 07:01:13 +0000 2021",
      "favorited" : false,
      "full_text" : "Wind E 7, gusting 8. The spray is reaching the kitchen window, which is forty feet up. Soup day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "2",
      "id_str" : "1472238777404848297",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1472238777404848297",
      "created_at" : "Sat Dec 18 16:14:12 +0000 2021",
      "favorited" : false,
      "full_text" : "Service visit from the engineers. They brought new batteries, new cables and a chocolate cake. Only one of those was in the contract.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "2",
      "id_str" : "1469534434000851327",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1469534434000851327",
      "created_at" : "Sat Dec 11 05:08:06 +0000 2021",
      "favorited" : false,
      "full_text" : "Dolphins riding the bow wave of the supply boat all the way across. The crew say it happens maybe twice a year.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "8" ],
      "favorite_count" : "6",
      "id_str" : "1466882107696782595",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1466882107696782595",
      "created_at" : "Fri Dec 03 21:28:42 +0000 2021",
      "favorited" : false,
      "full_text" : "Rainbow.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "3",
      "id_str" : "1465699995535628633",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1465699995535628633",
      "created_at" : "Tue Nov 30 15:11:24 +0000 2021",
      "favorited" : false,
      "full_text" : "Made jam from the brambles by the old wall. Eight jars. The wasps and I negotiated terms.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "3" ],
      "favorite_count" : "2",
      "id_str" : "1464477790158398902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1464477790158398902",
      "created_at" : "Sat Nov 27 06:14:48 +0000 2021",
      "favorited" : false,
      "full_text" : "🌊🌊🌊",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "73" ],
      "favorite_count" : "2",
      "id_str" : "1462334194876417032",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1462334194876417032",
      "created_at" : "Sun Nov 21 08:16:55 +0000 2021",
      "favorited" : false,
      "full_text" : "The smell of the tower after rain: wet stone, paraffin, bread, cat. Home.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "3",
      "id_str" : "1462086496600428253",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1462086496600428253",
      "created_at" : "Sat Nov 20 15:52:39 +0000 2021",
      "favorited" : false,
      "full_text" : "Snow on the island for the first time in four winters. Barometer walked on it once, shook each paw and went back to bed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "168" ],
      "favorite_count" : "11",
      "id_str" : "1454536156287038784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1454536156287038784",
      "created_at" : "Sat Oct 30 19:50:18 +0000 2021",
      "favorited" : false,
      "full_text" : "Worked out that the light from the star I was looking at left it around when the first keeper lit this lamp. It has been travelling as long as the tower's been shining.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "2",
      "id_str" : "1448186510890681383",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1448186510890681383",
      "created_at" : "Wed Oct 13 07:19:04 +0000 2021",
      "favorited" : false,
      "full_text" : "Wind SE 2, veering S. Soft haze over the water, the mainland just a pencil line. Brass polished, batteries checked, all correct.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "2",
      "id_str" : "1446888700549564496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1446888700549564496",
      "created_at" : "Sat Oct 09 17:22:02 +0000 2021",
      "favorited" : false,
      "full_text" : "Another year as keeper on this rock today. Same lamp, same stairs, same sea, and every single day different.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "14",
      "id_str" : "1445725512974455437",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1445725512974455437",
      "created_at" : "Wed Oct 06 12:19:57 +0000 2021",
      "favorited" : false,
      "full_text" : "Baked a loaf so heavy I could use it as a doorstop. I will, actually. The back door bangs in a westerly.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "70" ],
      "favorite_count" : "8",
      "id_str" : "1445647294859590993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1445647294859590993",
      "created_at" : "Wed Oct 06 07:09:08 +0000 2021",
      "favorited" : false,
      "full_text" : "Ordered six lemons. Got six melons. Genuinely can't be angry about it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "4" ],
      "favorite_count" : "14",
      "id_str" : "1444315436069931171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1444315436069931171",
      "created_at" : "Sat Oct 02 14:56:48 +0000 2021",
      "favorited" : false,
      "full_text" : "Fog.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "146" ],
      "favorite_count" : "11",
      "id_str" : "1440446605305777905",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1440446605305777905",
      "created_at" : "Tue Sep 21 22:43:27 +0000 2021",
      "favorited" : false,
      "full_text" : "Saturn's rings through the small scope. The first time I saw them I laughed out loud, because they looked exactly like the drawing. They still do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "1",
      "id_str" : "1431010554385558939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1431010554385558939",
      "created_at" : "Thu Aug 26 21:47:57 +0000 2021",
      "favorited" : false,
      "full_text" : "There is a particular kind of dark you only get on a small island in winter with the lamp behind you. I'll never tire of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "8",
      "id_str" : "1429709321383746098",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1429709321383746098",
      "created_at" : "Mon Aug 23 07:37:19 +0000 2021",
      "favorited" : false,
      "full_text" : "Black guillemot in the harbour, red feet paddling in the clear water like little flames.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "64" ],
      "favorite_count" : "1",
      "id_str" : "1422914446536021517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1422914446536021517",
      "created_at" : "Wed Aug 04 13:36:55 +0000 2021",
      "favorited" : false,
      "full_text" : "A rainbow ending exactly on the supply shed. Checked. Just tins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "153" ],
      "favorite_count" : "2",
      "id_str" : "1419566600958624880",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1419566600958624880",
      "created_at" : "Mon Jul 26 07:53:46 +0000 2021",
      "favorited" : false,
      "full_text" : "07:53. Wind N 6, backing NW. Moderate sea, a few white horses out past the point. Bread proving by the stove while I check the batteries. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1414264226742365275",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1414283354726296760",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1414283354726296760",
      "in_reply_to_status_id" : "1414264226742365275",
      "created_at" : "Sun Jul 11 18:00:02 +0000 2021",
      "favorited" : false,
      "full_text" : "@puffin_count Do you have a good guide for the waders? Mine still calls them all 'small brown bird'.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "6",
      "id_str" : "1413906260314439143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1413906260314439143",
      "created_at" : "Sat Jul 10 17:01:36 +0000 2021",
      "favorited" : false,
      "full_text" : "17:01. Wind N 2. Soft haze over the water, the mainland just a pencil line. Coal in, ash out, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "2",
      "id_str" : "1413892757540226690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1413892757540226690",
      "created_at" : "Sat Jul 10 16:07:56 +0000 2021",
      "favorited" : false,
      "full_text" : "Fixed the weather vane, which had been pointing stubbornly at the mainland for a week like it wanted to leave.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "6",
      "id_str" : "1408503982966428410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1408503982966428410",
      "created_at" : "Fri Jun 25 19:14:52 +0000 2021",
      "favorited" : false,
      "full_text" : "The light flashes twice every fifteen seconds. After all these years my heartbeat might be doing the same.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "91" ],
      "favorite_count" : "3",
      "id_str" : "1402379719622839535",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1402379719622839535",
      "created_at" : "Tue Jun 08 21:39:14 +0000 2021",
      "favorited" : false,
      "full_text" : "Wind SE 5. Warm and muggy. The midges have found me. I have found the midge net. Stalemate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1402274913166273533",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "1402301584970297627",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1402301584970297627",
      "in_reply_to_status_id" : "1402274913166273533",
      "created_at" : "Tue Jun 08 16:28:46 +0000 2021",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Thank you for the forecast. I will ignore it as usual and look out of the window.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "6",
      "id_str" : "1398006119651480296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1398006119651480296",
      "created_at" : "Thu May 27 20:00:07 +0000 2021",
      "favorited" : false,
      "full_text" : "There's a particular quiet on the island after the last boat of the year has gone. Not lonely. Just roomy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "1",
      "id_str" : "1395698035153617465",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1395698035153617465",
      "created_at" : "Fri May 21 11:08:37 +0000 2021",
      "favorited" : false,
      "full_text" : "My nephew stayed for a week. He now knows how to clean a lens, knead bread and name nine seabirds. He also broke my good mug.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "111", "119" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "5",
      "id_str" : "1394773957890186517",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1394773957890186517",
      "created_at" : "Tue May 18 21:56:39 +0000 2021",
      "favorited" : false,
      "full_text" : "Counted 212 puffins on the north slope this evening. Might have counted some twice. They will not stand still. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1382697523970143895",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "1382737789205977893",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1382737789205977893",
      "in_reply_to_status_id" : "1382697523970143895",
      "created_at" : "Thu Apr 15 16:49:13 +0000 2021",
      "favorited" : false,
      "full_text" : "@the_supply_boat Ahoy! Any chance of an extra sack of flour this week? And the coffee you forgot last time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/photos/winter-swell",
            "expanded_url" : "https://example.org/photos/winter-swell",
            "display_url" : "example.org/photos/winter…",
            "indices" : [ "70", "109" ]
          }
        ]
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "8",
      "id_str" : "1375223350046570408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1375223350046570408",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 25 23:09:31 +0000 2021",
      "favorited" : false,
      "full_text" : "Photos from the big swell last week. Taken from well back, I promise. https://example.org/photos/winter-swell",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "3",
      "id_str" : "1373970297461259473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1373970297461259473",
      "created_at" : "Mon Mar 22 12:10:20 +0000 2021",
      "favorited" : false,
      "full_text" : "12:10. Wind N 7. Low cloud racing over the tower, the gulls all grounded. Coal in, ash out, kettle on. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "135" ],
      "favorite_count" : "1",
      "id_str" : "1364538616558442292",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1364538616558442292",
      "created_at" : "Wed Feb 24 11:32:12 +0000 2021",
      "favorited" : false,
      "full_text" : "Wind NW 7. Low cloud racing over the tower, the gulls all grounded. Bread proving by the stove while I check the batteries. Staying in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "149" ],
      "favorite_count" : "6",
      "id_str" : "1363918172238342301",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1363918172238342301",
      "created_at" : "Mon Feb 22 18:26:47 +0000 2021",
      "favorited" : false,
      "full_text" : "18:26. Wind SE 2. Soft haze over the water, the mainland just a pencil line. Gannets working the tide race off the point, plunging one after another.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "143" ],
      "favorite_count" : "14",
      "id_str" : "1359923763044415535",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1359923763044415535",
      "created_at" : "Thu Feb 11 17:54:25 +0000 2021",
      "favorited" : false,
      "full_text" : "17:54. Wind NE 4. Sunshine and scudding cloud, shadows racing over the water. Bread proving by the stove while I check the batteries. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "144" ],
      "favorite_count" : "8",
      "id_str" : "1353296904551385185",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1353296904551385185",
      "created_at" : "Sun Jan 24 11:01:39 +0000 2021",
      "favorited" : false,
      "full_text" : "Wind SE 7. Low cloud racing over the tower, the gulls all grounded. Wrote letters for the next boat and ate the last of the oatcakes. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "105" ],
      "favorite_count" : "4",
      "id_str" : "1351781901011590734",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1351781901011590734",
      "created_at" : "Wed Jan 20 06:41:34 +0000 2021",
      "favorited" : false,
      "full_text" : "Sourdough discard pancakes for breakfast with a spoonful of rhubarb from the walled patch. Sunday sorted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "14",
      "id_str" : "1346925673365555866",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1346925673365555866",
      "created_at" : "Wed Jan 06 21:04:39 +0000 2021",
      "favorited" : false,
      "full_text" : "Window cleaning in the lantern: the outside panes need doing from the gallery in a harness. Do not look down. I looked down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "135" ],
      "favorite_count" : "1",
      "id_str" : "1343320321809887968",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1343320321809887968",
      "created_at" : "Sun Dec 27 22:18:17 +0000 2020",
      "favorited" : false,
      "full_text" : "Cleaned the soot off the old paraffin lamp we keep for emergencies. It's never been needed. It will be needed the day I don't clean it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "11" ],
      "favorite_count" : "8",
      "id_str" : "1341792341123826840",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1341792341123826840",
      "created_at" : "Wed Dec 23 17:06:38 +0000 2020",
      "favorited" : false,
      "full_text" : "Good night.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "3",
      "id_str" : "1341394489338703641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1341394489338703641",
      "created_at" : "Tue Dec 22 14:45:42 +0000 2020",
      "favorited" : false,
      "full_text" : "Reading by the stove with the wind screaming outside. There is no better reading condition. I will hear no argument.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "157" ],
      "favorite_count" : "4",
      "id_str" : "1339814219749894452",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1339814219749894452",
      "created_at" : "Fri Dec 18 06:06:17 +0000 2020",
      "favorited" : false,
      "full_text" : "Manx shearwaters passing at dusk, thousands of them skimming the swell. Then dark, and their calls from the burrows all night like arguments in another room.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "14",
      "id_str" : "1338004669431147739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1338004669431147739",
      "created_at" : "Sun Dec 13 06:15:46 +0000 2020",
      "favorited" : false,
      "full_text" : "Bread tally: 4 loaves, 2 dozen rolls, 1 disaster. The disaster is in the bin and the Admiral is delighted.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "8", "17" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "17" ],
      "favorite_count" : "0",
      "id_str" : "1337350645329557018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1337350645329557018",
      "created_at" : "Fri Dec 11 10:56:55 +0000 2020",
      "favorited" : false,
      "full_text" : "Aurora. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "100", "108" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "11",
      "id_str" : "1335295178211144537",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1335295178211144537",
      "created_at" : "Sat Dec 05 18:49:13 +0000 2020",
      "favorited" : false,
      "full_text" : "First puffin of the year ✨ Sitting on the same rock as last year, looking very pleased with itself. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "93" ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1332741157558779952",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "1332775632913091280",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1332775632913091280",
      "in_reply_to_status_id" : "1332741157558779952",
      "created_at" : "Sat Nov 28 19:57:27 +0000 2020",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo The lamp is fine, thank you for asking. It's the keeper who's a bit creaky.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "112", "127" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "3",
      "id_str" : "1332580448343485580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1332580448343485580",
      "created_at" : "Sat Nov 28 07:01:51 +0000 2020",
      "favorited" : false,
      "full_text" : "Tea &amp; toast on the gallery at sunrise. The sea is flat, the sky is peach, and the gulls are quiet for once. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "164" ],
      "favorite_count" : "5",
      "id_str" : "1331149450934209211",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1331149450934209211",
      "created_at" : "Tue Nov 24 08:15:35 +0000 2020",
      "favorited" : false,
      "full_text" : "08:15. Wind E 1, backing NE. Barely a breath of wind and the sea like oiled glass. Wrote letters for the next boat and ate the last of the oatcakes. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "5",
      "id_str" : "1328109886092327526",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1328109886092327526",
      "created_at" : "Sun Nov 15 22:57:26 +0000 2020",
      "favorited" : false,
      "full_text" : "My bread rises best in the lamp room, where the warmth from the machinery is gentle and steady. Keepers' secret. Now you know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "75", "84" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "84" ],
      "favorite_count" : "2",
      "id_str" : "1323169713296390236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1323169713296390236",
      "created_at" : "Mon Nov 02 07:46:57 +0000 2020",
      "favorited" : false,
      "full_text" : "Full moon over the water tonight 🌕 Silver road all the way to the landing. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "3",
      "id_str" : "1319900196991761186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1319900196991761186",
      "created_at" : "Sat Oct 24 07:15:04 +0000 2020",
      "favorited" : false,
      "full_text" : "Fog since dawn. The horn has been going every thirty seconds for six hours and I have started answering it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "58" ],
      "favorite_count" : "8",
      "id_str" : "1316135620585356955",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1316135620585356955",
      "created_at" : "Tue Oct 13 21:55:59 +0000 2020",
      "favorited" : false,
      "full_text" : "Cold toes, warm heart, full logbook. Early night for once.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "71" ],
      "favorite_count" : "3",
      "id_str" : "1309728739504990842",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1309728739504990842",
      "created_at" : "Sat Sep 26 05:37:19 +0000 2020",
      "favorited" : false,
      "full_text" : "Stonechat on the fence post, ticking like two pebbles knocked together.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "5" ],
      "favorite_count" : "3",
      "id_str" : "1303343415726453352",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1303343415726453352",
      "created_at" : "Tue Sep 08 14:44:19 +0000 2020",
      "favorited" : false,
      "full_text" : "Snow!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "6",
      "id_str" : "1296802272178535126",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1296802272178535126",
      "created_at" : "Fri Aug 21 13:32:09 +0000 2020",
      "favorited" : false,
      "full_text" : "13:32. Wind SE 8. Squalls with hail, visibility down to a mile in the worst of them. Coal in, ash out, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "3",
      "id_str" : "1293456994093661033",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1293456994093661033",
      "created_at" : "Wed Aug 12 07:59:13 +0000 2020",
      "favorited" : false,
      "full_text" : "Dunlin on the shore in their hundreds, turning all together so the flock flashes white, then dark, then white.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "5",
      "id_str" : "1292211028580537785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1292211028580537785",
      "created_at" : "Sat Aug 08 21:28:11 +0000 2020",
      "favorited" : false,
      "full_text" : "Pressure &lt; 970 and still falling. Bread in the oven, shutters fastened, lamp checked twice. Let it come.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "146" ],
      "favorite_count" : "5",
      "id_str" : "1292202233873414954",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1292202233873414954",
      "created_at" : "Sat Aug 08 20:53:15 +0000 2020",
      "favorited" : false,
      "full_text" : "Goldcrest on the washing line this morning, blown over from Scandinavia probably, weighing less than a teaspoon of sugar. Migration astonishes me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "94" ],
      "favorite_count" : "0",
      "id_str" : "1284931637795491606",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1284931637795491606",
      "created_at" : "Sun Jul 19 19:22:29 +0000 2020",
      "favorited" : false,
      "full_text" : "Harbour seals hauled out on the skerry, banana-shaped, looking at me like I'm the strange one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "98" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1283263885212057206",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1283313208080748383",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1283313208080748383",
      "in_reply_to_status_id" : "1283263885212057206",
      "created_at" : "Wed Jul 15 08:11:26 +0000 2020",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Rye, fairly wet dough, and I leave it overnight in the lamp room. Works every time.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "123" ],
      "favorite_count" : "6",
      "id_str" : "1283272448834446257",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1283272448834446257",
      "created_at" : "Wed Jul 15 05:29:28 +0000 2020",
      "favorited" : false,
      "full_text" : "The Arctic terns are back and already furious with me. I am walking to the shed. Same as every year. They never forgive me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "9", "18" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "18" ],
      "favorite_count" : "14",
      "id_str" : "1277027946006137655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1277027946006137655",
      "created_at" : "Sat Jun 27 23:56:03 +0000 2020",
      "favorited" : false,
      "full_text" : "Jupiter. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1271921876302808944",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "1271929678026373304",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1271929678026373304",
      "in_reply_to_status_id" : "1271921876302808944",
      "created_at" : "Sat Jun 13 22:17:21 +0000 2020",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo The fog signal's fixed. Sorry about the three days of silence. Or, you're welcome.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "132" ],
      "favorite_count" : "3",
      "id_str" : "1269897124128586095",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1269897124128586095",
      "created_at" : "Mon Jun 08 07:40:42 +0000 2020",
      "favorited" : false,
      "full_text" : "Two kayakers pulled in to shelter from a squall. Made them tea. They told me about Norway. I told them about puffins. Fair exchange.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "0",
      "id_str" : "1268163342886889318",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1268163342886889318",
      "created_at" : "Wed Jun 03 12:51:16 +0000 2020",
      "favorited" : false,
      "full_text" : "Found Uranus, a tiny green-blue dot, after twenty minutes of hopping between faint stars with the chart on my knee. Felt like a detective.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "0", "15" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "15" ],
      "favorite_count" : "3",
      "id_str" : "1264477680868544708",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1264477680868544708",
      "created_at" : "Sun May 24 08:45:46 +0000 2020",
      "favorited" : false,
      "full_text" : "#lighthouselife",
      "lang" : "qht"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "1",
      "id_str" : "1259629888746604733",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1259629888746604733",
      "created_at" : "Sun May 10 23:42:22 +0000 2020",
      "favorited" : false,
      "full_text" : "The tin whistle I found is now being played, badly, on the gallery every evening. The seals seem to like it. The terns do not.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1257573531779050492",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1257605746760117468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1257605746760117468",
      "in_reply_to_status_id" : "1257573531779050492",
      "created_at" : "Tue May 05 09:39:09 +0000 2020",
      "favorited" : false,
      "full_text" : "@puffin_count Storm petrels? Only at night, only from the burrows, only when you're half asleep. Definitely there though.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "8",
      "id_str" : "1255726512713323948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1255726512713323948",
      "created_at" : "Thu Apr 30 05:11:45 +0000 2020",
      "favorited" : false,
      "full_text" : "Kale from the walled garden, the only green thing on the island in January, stewed with garlic and butter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "9", "17" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "17" ],
      "favorite_count" : "1",
      "id_str" : "1249769851503455047",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1249769851503455047",
      "created_at" : "Mon Apr 13 18:42:06 +0000 2020",
      "favorited" : false,
      "full_text" : "Gannets! #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "8",
      "id_str" : "1248616946960832194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1248616946960832194",
      "created_at" : "Fri Apr 10 14:20:52 +0000 2020",
      "favorited" : false,
      "full_text" : "Visitors today asked if I ever get bored. I've been trying to get bored for years. The sea won't let me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "1",
      "id_str" : "1247522860735898938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1247522860735898938",
      "created_at" : "Tue Apr 07 13:53:22 +0000 2020",
      "favorited" : false,
      "full_text" : "Finished a novel about a lighthouse keeper. It was very romantic. Nobody in it cleaned a single window.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "1",
      "id_str" : "1245119311937039323",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1245119311937039323",
      "created_at" : "Tue Mar 31 22:42:31 +0000 2020",
      "favorited" : false,
      "full_text" : "A lost walker knocked at the door, having misjudged the tide on the causeway. She stayed for soup and left on the evening ebb.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "11",
      "id_str" : "1233859670196747942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1233859670196747942",
      "created_at" : "Sat Feb 29 21:00:44 +0000 2020",
      "favorited" : false,
      "full_text" : "Wind S 6. Sunshine and scudding cloud, shadows racing over the water. Gannets working the tide race off the point, plunging one after another.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "101" ],
      "favorite_count" : "5",
      "id_str" : "1231001166500299570",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1231001166500299570",
      "created_at" : "Fri Feb 21 23:42:03 +0000 2020",
      "favorited" : false,
      "full_text" : "Stacked the coal. Scrubbed the step. Polished the doorknob. Looking at it all now like it's a palace.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "90" ],
      "favorite_count" : "6",
      "id_str" : "1230162300887693259",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1230162300887693259",
      "created_at" : "Wed Feb 19 16:08:42 +0000 2020",
      "favorited" : false,
      "full_text" : "Soup weather. Leek and potato, black pepper, a knob of butter, and the fog horn for music.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "94" ],
      "favorite_count" : "1",
      "id_str" : "1229308582035933368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1229308582035933368",
      "created_at" : "Mon Feb 17 07:36:20 +0000 2020",
      "favorited" : false,
      "full_text" : "07:36. Wind NW 5. Cloud breaking up, the sea lively but friendly. Coal in, ash out, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "8",
      "id_str" : "1227467469412091028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1227467469412091028",
      "created_at" : "Wed Feb 12 05:40:24 +0000 2020",
      "favorited" : false,
      "full_text" : "A barn owl over the rough field last night, pale as paper in the beam. I didn't know we had one. We have one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "80", "89" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "2",
      "id_str" : "1227101170748964039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1227101170748964039",
      "created_at" : "Tue Feb 11 05:24:52 +0000 2020",
      "favorited" : false,
      "full_text" : "The Pleiades through binoculars, blue and sharp, like a handful of spilt sugar. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "11",
      "id_str" : "1226572245118349149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1226572245118349149",
      "created_at" : "Sun Feb 09 18:23:06 +0000 2020",
      "favorited" : false,
      "full_text" : "Planted potatoes in the walled garden. The wall is the only reason anything grows here. Thank you, wall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "129" ],
      "favorite_count" : "14",
      "id_str" : "1226568596136612865",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1226568596136612865",
      "created_at" : "Sun Feb 09 18:08:36 +0000 2020",
      "favorited" : false,
      "full_text" : "18:08. Wind N 2. Thin high cloud and a pale sun, the sea barely moving. Brass polished, batteries checked, all correct. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "0",
      "id_str" : "1225850594255393677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1225850594255393677",
      "created_at" : "Fri Feb 07 18:35:31 +0000 2020",
      "favorited" : false,
      "full_text" : "New gasket on the lantern door. No more whistling draught. I'll miss the whistling, actually. It was company.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "3",
      "id_str" : "1220485452561129863",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1220485452561129863",
      "created_at" : "Thu Jan 23 23:16:22 +0000 2020",
      "favorited" : false,
      "full_text" : "Boat day is better than any holiday. Fresh milk! Eggs! Another human being's voice at a normal volume!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "3", "17" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "0",
      "id_str" : "1216865059279832604",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1216865059279832604",
      "created_at" : "Mon Jan 13 23:30:13 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @breadnerd_ana: Your starter is not dead. It is sulking. Feed it and give it somewhere warm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "68" ],
      "favorite_count" : "2",
      "id_str" : "1210652044981417257",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1210652044981417257",
      "created_at" : "Fri Dec 27 20:01:55 +0000 2019",
      "favorited" : false,
      "full_text" : "Birding tally for the week: 41 species, one sunburn, one lost glove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "6",
      "id_str" : "1206656525702099187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1206656525702099187",
      "created_at" : "Mon Dec 16 19:25:08 +0000 2019",
      "favorited" : false,
      "full_text" : "A keeper's job is mostly cleaning. Anyone who tells you otherwise has never met a window on the North Atlantic.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "10", "19" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "19" ],
      "favorite_count" : "6",
      "id_str" : "1206350375721117505",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1206350375721117505",
      "created_at" : "Sun Dec 15 23:08:37 +0000 2019",
      "favorited" : false,
      "full_text" : "Perseids! #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "119", "134" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "1",
      "id_str" : "1204668718501399153",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1204668718501399153",
      "created_at" : "Wed Dec 11 07:46:18 +0000 2019",
      "favorited" : false,
      "full_text" : "Fish soup with what the supply boat brought: haddock, leeks, potatoes and a cup of the cream I was meant to be saving. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "1",
      "id_str" : "1204476769619424887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1204476769619424887",
      "created_at" : "Tue Dec 10 19:03:34 +0000 2019",
      "favorited" : false,
      "full_text" : "The supply boat brought flour, diesel, post, three library books and a birthday card from my sister that was a month late and perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "0",
      "id_str" : "1198262905078969928",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1198262905078969928",
      "created_at" : "Sat Nov 23 15:31:53 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind NW 2. Thin high cloud and a pale sun, the sea barely moving. A pair of ravens tumbling over the north cliff, showing off.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "123", "138" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "1",
      "id_str" : "1198143140923633143",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1198143140923633143",
      "created_at" : "Sat Nov 23 07:35:59 +0000 2019",
      "favorited" : false,
      "full_text" : "07:35. Wind SW 6. Choppy in the sound, the ferry pitching a bit. Walked the perimeter and found the gate blown open again. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "5",
      "id_str" : "1191235433787063388",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1191235433787063388",
      "created_at" : "Mon Nov 04 06:07:14 +0000 2019",
      "favorited" : false,
      "full_text" : "Climbed up at 3am because I dreamed the light had gone out. It hadn't. It never has. Still climbed up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "2",
      "id_str" : "1186601611868682382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1186601611868682382",
      "created_at" : "Tue Oct 22 11:14:04 +0000 2019",
      "favorited" : false,
      "full_text" : "Gloves drying on the stove, socks on the rail, me in the chair. Winter routine achieved.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "8",
      "id_str" : "1178747639206044178",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1178747639206044178",
      "created_at" : "Mon Sep 30 19:05:11 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind NW 5 and bright. Cold enough that my nose ran the entire length of the island and back.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "134", "149" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "149" ],
      "favorite_count" : "2",
      "id_str" : "1176455139344805701",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1176455139344805701",
      "created_at" : "Tue Sep 24 11:15:37 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind S 9. Squalls with hail, visibility down to a mile in the worst of them. Checked the fog signal and topped up the compressor oil. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "71" ],
      "favorite_count" : "2",
      "id_str" : "1174637129843747112",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1174637129843747112",
      "created_at" : "Thu Sep 19 10:51:30 +0000 2019",
      "favorited" : false,
      "full_text" : "Fed the starter at 6am before I'd fed myself. This is how they get you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "147" ],
      "favorite_count" : "8",
      "id_str" : "1173526700684374746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1173526700684374746",
      "created_at" : "Mon Sep 16 09:19:03 +0000 2019",
      "favorited" : false,
      "full_text" : "09:19. Wind SW 9. Heavy seas, the landing closed, everything lashed down. Sorted the tins in the store and found a jar of pickles from another age.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "1",
      "id_str" : "1163896091454156584",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1163896091454156584",
      "created_at" : "Tue Aug 20 19:30:27 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind NW 5, veering N. Grey skies, steady drizzle, sea the colour of slate. Walked the perimeter and found the gate blown open again. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "112" ],
      "favorite_count" : "0",
      "id_str" : "1162075703904025146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1162075703904025146",
      "created_at" : "Thu Aug 15 18:56:52 +0000 2019",
      "favorited" : false,
      "full_text" : "Storm overnight. Lost two slates from the store roof and gained an entire lobster pot from goodness knows where.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "139" ],
      "favorite_count" : "4",
      "id_str" : "1161351550826057345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1161351550826057345",
      "created_at" : "Tue Aug 13 18:59:21 +0000 2019",
      "favorited" : false,
      "full_text" : "18:59. Wind E 4. Showers marching through, bright spells between. Sorted the tins in the store and found a jar of pickles from another age.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "8",
      "id_str" : "1161038570073274852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1161038570073274852",
      "created_at" : "Mon Aug 12 22:15:40 +0000 2019",
      "favorited" : false,
      "full_text" : "Birthday today. Made myself a cake, lit one candle, made a wish. The wish was for calm seas. It's always for calm seas.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "101", "116" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "4",
      "id_str" : "1160313468795956903",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1160313468795956903",
      "created_at" : "Sat Aug 10 22:14:23 +0000 2019",
      "favorited" : false,
      "full_text" : "Cleaned the lens this morning. Nine hundred and something prisms and each one wants a word with you. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "3",
      "id_str" : "1156981252879796330",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1156981252879796330",
      "created_at" : "Thu Aug 01 17:33:21 +0000 2019",
      "favorited" : false,
      "full_text" : "17:33. Wind NW 8, veering N. Sea white from here to the mainland. Soup on, cat asleep, logbook up to date. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "5",
      "id_str" : "1154291074106646466",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1154291074106646466",
      "created_at" : "Thu Jul 25 07:23:32 +0000 2019",
      "favorited" : false,
      "full_text" : "Power cut on the island. The lamp switched over to the backup without a flicker. I clapped. Alone, in the dark, but I clapped.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "8",
      "id_str" : "1152846166848458818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1152846166848458818",
      "created_at" : "Sun Jul 21 07:41:59 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind E 1. Barely a breath of wind and the sea like oiled glass. Coal in, ash out, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1147885527325600299",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "1147888298369781486",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1147888298369781486",
      "in_reply_to_status_id" : "1147885527325600299",
      "created_at" : "Sun Jul 07 15:21:11 +0000 2019",
      "favorited" : false,
      "full_text" : "@puffin_count I'll send you my tally sheet on the next boat. It has coffee stains but the numbers are good.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "5" ],
      "favorite_count" : "0",
      "id_str" : "1143456323977834212",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1143456323977834212",
      "created_at" : "Tue Jun 25 09:50:06 +0000 2019",
      "favorited" : false,
      "full_text" : "Soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "4",
      "id_str" : "1140383455909906473",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1140383455909906473",
      "created_at" : "Sun Jun 16 22:19:37 +0000 2019",
      "favorited" : false,
      "full_text" : "Tried a seaweed focaccia. Salty, green, faintly odd. Going to try again with less seaweed and more courage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "3", "20" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "0",
      "id_str" : "1140029546302753717",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1140029546302753717",
      "created_at" : "Sat Jun 15 22:53:19 +0000 2019",
      "favorited" : false,
      "full_text" : "RT @harbourmaster_jo: The ferry runs to the winter timetable from Monday. Tide permitting, as ever.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "14",
      "id_str" : "1137851107714940715",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1137851107714940715",
      "created_at" : "Sun Jun 09 22:36:58 +0000 2019",
      "favorited" : false,
      "full_text" : "Hot cross buns in the oven. The crosses came out more like question marks. Theologically ambiguous buns.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "123" ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1135440441280380653",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1135454033297761687",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1135454033297761687",
      "in_reply_to_status_id" : "1135440441280380653",
      "created_at" : "Mon Jun 03 07:51:51 +0000 2019",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Yes please, send me the mill's address. That stoneground flour is the best thing that's happened to my oven.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "3",
      "id_str" : "1132528747519525428",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1132528747519525428",
      "created_at" : "Sun May 26 06:07:49 +0000 2019",
      "favorited" : false,
      "full_text" : "Minke whale off the west point, surfacing slow and easy, a long dark back and a tiny fin. Breakfast forgotten.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "2",
      "id_str" : "1132404274361101586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1132404274361101586",
      "created_at" : "Sat May 25 21:53:12 +0000 2019",
      "favorited" : false,
      "full_text" : "21:53. Wind S 1. Soft haze over the water, the mainland just a pencil line. Darned two socks and a glove by the stove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "135" ],
      "favorite_count" : "4",
      "id_str" : "1128961261052655504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1128961261052655504",
      "created_at" : "Thu May 16 09:51:54 +0000 2019",
      "favorited" : false,
      "full_text" : "09:51. Wind NW 7, veering N. Rough sea, spray over the landing every few minutes. The lamp went on at dusk without a murmur. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "147" ],
      "favorite_count" : "1",
      "id_str" : "1124797023699421424",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1124797023699421424",
      "created_at" : "Sat May 04 22:04:42 +0000 2019",
      "favorited" : false,
      "full_text" : "The beam gets in the way of stargazing, which is a ridiculous problem for an astronomer to have, but here we are. I go round the back of the tower.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1123889673402107380",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "1123908044784919406",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1123908044784919406",
      "in_reply_to_status_id" : "1123889673402107380",
      "created_at" : "Thu May 02 11:12:13 +0000 2019",
      "favorited" : false,
      "full_text" : "@the_supply_boat See you Thursday if the swell drops. I'll have the kettle on and the barrow ready.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1122246637884030672",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "1122252172557378030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1122252172557378030",
      "in_reply_to_status_id" : "1122246637884030672",
      "created_at" : "Sat Apr 27 21:32:23 +0000 2019",
      "favorited" : false,
      "full_text" : "@the_supply_boat Congratulations on the new engine. She sounded lovely coming across the sound.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "56" ],
      "favorite_count" : "3",
      "id_str" : "1120407355107673892",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1120407355107673892",
      "created_at" : "Mon Apr 22 19:21:44 +0000 2019",
      "favorited" : false,
      "full_text" : "Drizzle, mist, drizzle. Lit the stove in June. No shame.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "24" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1118155140856384120",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "1118200439962973503",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1118200439962973503",
      "in_reply_to_status_id" : "1118155140856384120",
      "created_at" : "Tue Apr 16 17:12:14 +0000 2019",
      "favorited" : false,
      "full_text" : "@the_supply_boat Hooray!",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "129" ],
      "favorite_count" : "1",
      "id_str" : "1111527417182096734",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1111527417182096734",
      "created_at" : "Fri Mar 29 07:16:02 +0000 2019",
      "favorited" : false,
      "full_text" : "Razorbills and guillemots rafting together on the sea below the cliffs. I still need a second look every time to tell them apart.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "6",
      "id_str" : "1110072599459304136",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1110072599459304136",
      "created_at" : "Mon Mar 25 06:55:06 +0000 2019",
      "favorited" : false,
      "full_text" : "Finished a thousand-page book during the storm. The storm lasted longer than the book.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "84" ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1105931481939798125",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1105952873773854381",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1105952873773854381",
      "in_reply_to_status_id" : "1105931481939798125",
      "created_at" : "Wed Mar 13 22:04:47 +0000 2019",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Oh, that crumb is gorgeous. Mine looked like a sponge someone sat on.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "145" ],
      "favorite_count" : "3",
      "id_str" : "1099077696070583208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1099077696070583208",
      "created_at" : "Fri Feb 22 22:45:17 +0000 2019",
      "favorited" : false,
      "full_text" : "A whole book about the history of the Fresnel lens. Yes, I read it cover to cover. Yes, I have opinions about the chapter on second-order lenses.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "5",
      "id_str" : "1093191877099647987",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1093191877099647987",
      "created_at" : "Wed Feb 06 16:57:08 +0000 2019",
      "favorited" : false,
      "full_text" : "Wind SE 8. Sea white from here to the mainland. Checked the fog signal and topped up the compressor oil. All well, all lashed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "2",
      "id_str" : "1092173918474779152",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1092173918474779152",
      "created_at" : "Sun Feb 03 21:32:08 +0000 2019",
      "favorited" : false,
      "full_text" : "Radio silent for two days while the aerial was down. Fixed it today. First message in: 'you alright out there?' Yes. Yes I am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "14",
      "id_str" : "1089276769884574571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1089276769884574571",
      "created_at" : "Sat Jan 26 21:39:54 +0000 2019",
      "favorited" : false,
      "full_text" : "The big spring tides have shifted the shingle bank again. The island is the same size; it just rearranges the furniture.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "121", "130" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "130" ],
      "favorite_count" : "1",
      "id_str" : "1083465429673484289",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1083465429673484289",
      "created_at" : "Thu Jan 10 20:47:42 +0000 2019",
      "favorited" : false,
      "full_text" : "Jupiter and the moon side by side over the mainland tonight. The moons of Jupiter lined up like beads in the binoculars. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "137" ],
      "favorite_count" : "8",
      "id_str" : "1082901763837579018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1082901763837579018",
      "created_at" : "Wed Jan 09 07:27:54 +0000 2019",
      "favorited" : false,
      "full_text" : "Thunder out to the west at midnight. Counted the seconds from the gallery. Eleven. Then seven. Then I went inside like a sensible person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1081385381199170152",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1081445526328701320",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1081445526328701320",
      "in_reply_to_status_id" : "1081385381199170152",
      "created_at" : "Sat Jan 05 07:01:20 +0000 2019",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Hector is fine. Bubbly, demanding, smells slightly of apples. Thriving.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "85" ],
      "favorite_count" : "11",
      "id_str" : "1080731039901949299",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1080731039901949299",
      "created_at" : "Thu Jan 03 07:42:13 +0000 2019",
      "favorited" : false,
      "full_text" : "The cat fell asleep in the flour sack. Everything is now flour. The cat is now flour.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "126", "135" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "135" ],
      "favorite_count" : "2",
      "id_str" : "1076398668530537900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1076398668530537900",
      "created_at" : "Sat Dec 22 08:46:55 +0000 2018",
      "favorited" : false,
      "full_text" : "A comet! Faint, fuzzy, tail pointing away from the sun like it's been told off. Binoculars, low in the north-west after dusk. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "144" ],
      "favorite_count" : "0",
      "id_str" : "1073264486377329554",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1073264486377329554",
      "created_at" : "Thu Dec 13 17:12:48 +0000 2018",
      "favorited" : false,
      "full_text" : "Changing the lamp curtains for the summer. The lens has to be shaded by day or it'll focus the sun and set something on fire. Ask me how I know.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "99", "107" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "1",
      "id_str" : "1071736038007738162",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1071736038007738162",
      "created_at" : "Sun Dec 09 11:59:18 +0000 2018",
      "favorited" : false,
      "full_text" : "First puffins back on the cliffs this morning. Three of them, looking like they'd never been away. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "0",
      "id_str" : "1069336783450363569",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1069336783450363569",
      "created_at" : "Sun Dec 02 21:05:31 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind NW 2. Soft haze over the water, the mainland just a pencil line. Counted eleven shags drying their wings on the west rocks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "150" ],
      "favorite_count" : "0",
      "id_str" : "1069152963541983343",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1069152963541983343",
      "created_at" : "Sun Dec 02 08:55:05 +0000 2018",
      "favorited" : false,
      "full_text" : "08:55. Wind NW 2, veering N. Soft haze over the water, the mainland just a pencil line. The lamp went on at dusk without a murmur. No complaints here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "14",
      "id_str" : "1068760996653260328",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1068760996653260328",
      "created_at" : "Sat Dec 01 06:57:32 +0000 2018",
      "favorited" : false,
      "full_text" : "Spring cleaning the whole tower top to bottom. Found three odd socks, a tin whistle and a tide table from the seventies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "3",
      "id_str" : "1061739228256696054",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1061739228256696054",
      "created_at" : "Sun Nov 11 21:55:32 +0000 2018",
      "favorited" : false,
      "full_text" : "Hot bath after a day on the cliffs. Ninety litres of rainwater heated on the stove. Worth every litre.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "7", "22" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "22" ],
      "favorite_count" : "8",
      "id_str" : "1058138397381898678",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1058138397381898678",
      "created_at" : "Thu Nov 01 23:27:07 +0000 2018",
      "favorited" : false,
      "full_text" : "Storm. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "8",
      "id_str" : "1058078159095046940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1058078159095046940",
      "created_at" : "Thu Nov 01 19:27:45 +0000 2018",
      "favorited" : false,
      "full_text" : "Overproofed the dough because I was watching gannets. No regrets. Flat bread is still bread.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "122", "131" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "131" ],
      "favorite_count" : "11",
      "id_str" : "1054624594754444106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1054624594754444106",
      "created_at" : "Tue Oct 23 06:44:32 +0000 2018",
      "favorited" : false,
      "full_text" : "Three hours at the eyepiece and my feet are frozen, but I found the Ring Nebula, a tiny grey smoke ring. Worth every toe. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "93" ],
      "favorite_count" : "1",
      "id_str" : "1042301380981447702",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1042301380981447702",
      "created_at" : "Wed Sep 19 06:36:28 +0000 2018",
      "favorited" : false,
      "full_text" : "Venus blazing in the west after sunset. Someone on the ferry probably thought it was a plane.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "145" ],
      "favorite_count" : "2",
      "id_str" : "1041758539356954578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1041758539356954578",
      "created_at" : "Mon Sep 17 18:39:25 +0000 2018",
      "favorited" : false,
      "full_text" : "Painted the gallery railings. They'll need doing again in three years, because salt eats everything here, including paint, patience and bicycles.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "5",
      "id_str" : "1038541777415175198",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1038541777415175198",
      "created_at" : "Sat Sep 08 21:37:09 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind N 8. Gusts rattling the lantern panes, rain coming in flat. Sorted the tins in the store and found a jar of pickles from another age.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "131" ],
      "favorite_count" : "3",
      "id_str" : "1033125784723346885",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1033125784723346885",
      "created_at" : "Fri Aug 24 22:55:56 +0000 2018",
      "favorited" : false,
      "full_text" : "The keepers' library in the store room has 200 books, mostly sea stories and knitting patterns. I've read most of them. Both kinds.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "93" ],
      "favorite_count" : "1",
      "id_str" : "1031288973817289831",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1031288973817289831",
      "created_at" : "Sun Aug 19 21:17:06 +0000 2018",
      "favorited" : false,
      "full_text" : "There are 112 steps to the lamp room. I have counted them every day. Some days there are 113.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "1",
      "id_str" : "1024372771907625695",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1024372771907625695",
      "created_at" : "Tue Jul 31 19:14:35 +0000 2018",
      "favorited" : false,
      "full_text" : "Found a pressed thrift flower in an old library book, left by some keeper years ago. Left it there for the next one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "6",
      "id_str" : "1024299615393648911",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1024299615393648911",
      "created_at" : "Tue Jul 31 14:23:53 +0000 2018",
      "favorited" : false,
      "full_text" : "Hung a bird feeder by the kitchen window. Within an hour: two sparrows, a starling, and Barometer sitting underneath looking innocent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "8",
      "id_str" : "1022730369246907212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1022730369246907212",
      "created_at" : "Fri Jul 27 06:28:16 +0000 2018",
      "favorited" : false,
      "full_text" : "Good bread, good butter, a pinch of sea salt. That's lunch, and I refuse to be talked out of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "70" ],
      "favorite_count" : "14",
      "id_str" : "1022249492009931280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1022249492009931280",
      "created_at" : "Wed Jul 25 22:37:26 +0000 2018",
      "favorited" : false,
      "full_text" : "Mended the fence, fixed the gate, fed the cat, lit the lamp. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "1",
      "id_str" : "1019931617808651375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1019931617808651375",
      "created_at" : "Thu Jul 19 13:07:01 +0000 2018",
      "favorited" : false,
      "full_text" : "Walked the whole island this morning. Forty minutes. Saw two seals, a skua and a lost sandal. Still looking for the other one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "137" ],
      "favorite_count" : "4",
      "id_str" : "1016595629327580370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1016595629327580370",
      "created_at" : "Tue Jul 10 08:11:00 +0000 2018",
      "favorited" : false,
      "full_text" : "08:11. Wind E 3. Soft haze over the water, the mainland just a pencil line. Hung out the washing and it came back in smelling of the sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "3",
      "id_str" : "1011903680557956034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1011903680557956034",
      "created_at" : "Wed Jun 27 09:26:52 +0000 2018",
      "favorited" : false,
      "full_text" : "Rock pipit nesting in the wall of the old store. I'll leave that wall alone until August, then.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "8",
      "id_str" : "1010971691000576487",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1010971691000576487",
      "created_at" : "Sun Jun 24 19:43:28 +0000 2018",
      "favorited" : false,
      "full_text" : "My reading glasses are on my head. I know they're on my head. I spent twenty minutes looking for them anyway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          },
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "15", "32" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1009674414256829826",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "1009707380712413234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1009707380712413234",
      "in_reply_to_status_id" : "1009674414256829826",
      "created_at" : "Thu Jun 21 07:59:33 +0000 2018",
      "favorited" : false,
      "full_text" : "@breadnerd_ana @harbourmaster_jo Soup and bread at the pier on Saturday if the boat runs? I'll bring three loaves.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "2",
      "id_str" : "1005850576074830778",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1005850576074830778",
      "created_at" : "Sun Jun 10 16:33:59 +0000 2018",
      "favorited" : false,
      "full_text" : "A heron on the landing, standing perfectly still, waiting for something. I know the feeling.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "80" ],
      "favorite_count" : "8",
      "id_str" : "1003149840610721075",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1003149840610721075",
      "created_at" : "Sun Jun 03 05:42:14 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind light and variable, which is forecaster for 'we have no idea'. Fair enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "91" ],
      "favorite_count" : "3",
      "id_str" : "998663144349409766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "998663144349409766",
      "created_at" : "Mon May 21 20:33:42 +0000 2018",
      "favorited" : false,
      "full_text" : "Oystercatchers shouting at the tide. They shout at everything. Tide, gulls, me, each other.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "3", "16" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "0",
      "id_str" : "991421081093421640",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "991421081093421640",
      "created_at" : "Tue May 01 20:56:20 +0000 2018",
      "favorited" : false,
      "full_text" : "RT @puffin_count: Seabird census volunteers needed for June! No experience necessary, waterproofs essential.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "84" ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "987253006698211407",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "987266846180584735",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "987266846180584735",
      "in_reply_to_status_id" : "987253006698211407",
      "created_at" : "Fri Apr 20 09:48:53 +0000 2018",
      "favorited" : false,
      "full_text" : "@puffin_count A goldcrest on my washing line! On the washing line! Tiny and furious.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "82" ],
      "favorite_count" : "2",
      "id_str" : "981866511893875857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "981866511893875857",
      "created_at" : "Thu Apr 05 12:09:53 +0000 2018",
      "favorited" : false,
      "full_text" : "Burnt the bottom of the loaf. Scraped it off. Ate it. Told no one. Well, told you.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "6",
      "id_str" : "979808099702562150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "979808099702562150",
      "created_at" : "Fri Mar 30 19:50:29 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind NE 7. Low cloud racing over the tower, the gulls all grounded. Lens cleaned and the log written up before breakfast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "4",
      "id_str" : "978356803569528851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "978356803569528851",
      "created_at" : "Mon Mar 26 19:43:33 +0000 2018",
      "favorited" : false,
      "full_text" : "Re-pointed a stretch of the garden wall. Amazing how satisfying it is to make one small thing right.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "115" ],
      "favorite_count" : "0",
      "id_str" : "977621711245414571",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "977621711245414571",
      "created_at" : "Sat Mar 24 19:02:33 +0000 2018",
      "favorited" : false,
      "full_text" : "A snow bunting on the path. It looked at me, I looked at it, and we both decided to pretend the other wasn't there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "151" ],
      "favorite_count" : "1",
      "id_str" : "976709211645548944",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "976709211645548944",
      "created_at" : "Thu Mar 22 06:36:37 +0000 2018",
      "favorited" : false,
      "full_text" : "06:36. Wind S 3, backing SE. Soft haze over the water, the mainland just a pencil line. Seals hauled out on the skerry, watching the weather like I am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "968940826285823773",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "968976560010943366",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "968976560010943366",
      "in_reply_to_status_id" : "968940826285823773",
      "created_at" : "Wed Feb 28 22:29:49 +0000 2018",
      "favorited" : false,
      "full_text" : "@puffin_count The terns are nesting about a week earlier than last year. Writing it down.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "161" ],
      "favorite_count" : "0",
      "id_str" : "967030040968055923",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "967030040968055923",
      "created_at" : "Fri Feb 23 13:35:02 +0000 2018",
      "favorited" : false,
      "full_text" : "13:35. Wind NW 6. Sunshine and scudding cloud, shadows racing over the water. Seals hauled out on the skerry, watching the weather like I am. No complaints here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "8",
      "id_str" : "966032621595996324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "966032621595996324",
      "created_at" : "Tue Feb 20 19:31:39 +0000 2018",
      "favorited" : false,
      "full_text" : "A swallow came into the kitchen, did one lap, and went out again. Inspected and found wanting, I think.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "26" ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "963679886676960572",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "963708824069817759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "963708824069817759",
      "in_reply_to_status_id" : "963679886676960572",
      "created_at" : "Wed Feb 14 09:37:43 +0000 2018",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Definitely.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "95", "110" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "5",
      "id_str" : "963334026807001641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "963334026807001641",
      "created_at" : "Tue Feb 13 08:48:24 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind W 1. Sea flat calm, not a ripple to the horizon. Soup on, cat asleep, logbook up to date. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "3",
      "id_str" : "963195813851096038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "963195813851096038",
      "created_at" : "Mon Feb 12 23:39:11 +0000 2018",
      "favorited" : false,
      "full_text" : "Made oatcakes. They came out roughly the shape of the island. I'm calling it deliberate.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "14",
      "id_str" : "958592375000951918",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "958592375000951918",
      "created_at" : "Wed Jan 31 06:46:46 +0000 2018",
      "favorited" : false,
      "full_text" : "Lamp room thermometer says 4 degrees. The lamp doesn't mind. My fingers do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "11",
      "id_str" : "956435879927003277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "956435879927003277",
      "created_at" : "Thu Jan 25 07:57:38 +0000 2018",
      "favorited" : false,
      "full_text" : "Made bread with the last of the flour and a handful of porridge oats. Bread of the desperate. Delicious.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "119", "134" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "11",
      "id_str" : "954984839478413760",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954984839478413760",
      "created_at" : "Sun Jan 21 07:51:43 +0000 2018",
      "favorited" : false,
      "full_text" : "Open day at the lighthouse. Eighty-seven people climbed the stairs. Eighty-seven people said 'that's a lot of stairs'. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "131" ],
      "favorite_count" : "4",
      "id_str" : "954386947773095017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "954386947773095017",
      "created_at" : "Fri Jan 19 16:15:54 +0000 2018",
      "favorited" : false,
      "full_text" : "Wrote my name in the condensation on the lantern glass this morning. Then cleaned it off, because I'm the one who cleans the glass.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "3",
      "id_str" : "951180095810224042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "951180095810224042",
      "created_at" : "Wed Jan 10 19:53:01 +0000 2018",
      "favorited" : false,
      "full_text" : "Wind N 5, backing NW. Cold and clear, a short steep sea on the ebb. Barometer the cat is supervising from the windowsill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "98" ],
      "favorite_count" : "3",
      "id_str" : "948275952942967064",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "948275952942967064",
      "created_at" : "Tue Jan 02 19:32:59 +0000 2018",
      "favorited" : false,
      "full_text" : "Calm enough this evening to hear the seals singing on the far skerry. Mournful, tuneless, perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "3", "19" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "83" ],
      "favorite_count" : "0",
      "id_str" : "946830987838456380",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "946830987838456380",
      "created_at" : "Fri Dec 29 19:51:13 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @the_supply_boat: New boat, same crew, same terrible jokes. Sailing from Monday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "4",
      "id_str" : "944841538362089736",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "944841538362089736",
      "created_at" : "Sun Dec 24 08:05:51 +0000 2017",
      "favorited" : false,
      "full_text" : "08:05. Wind NW 4. Showers marching through, bright spells between. Soup on, cat asleep, logbook up to date.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "3", "19" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "0",
      "id_str" : "943515838001523459",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "943515838001523459",
      "created_at" : "Wed Dec 20 16:18:00 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @the_supply_boat: No sailings today due to swell. Island deliveries moved to Thursday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          },
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "18", "31" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "941690442840139460",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "941715606454321970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "941715606454321970",
      "in_reply_to_status_id" : "941690442840139460",
      "created_at" : "Fri Dec 15 17:04:31 +0000 2017",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo @puffin_count Count me in for the seabird census. I'll cover the east side and the skerries.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "3",
      "id_str" : "941190235817416939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "941190235817416939",
      "created_at" : "Thu Dec 14 06:16:53 +0000 2017",
      "favorited" : false,
      "full_text" : "Lamp room at sunset is pure gold. The lens catches the low light and throws rainbows on every wall.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "14",
      "id_str" : "938754686422737567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "938754686422737567",
      "created_at" : "Thu Dec 07 12:58:53 +0000 2017",
      "favorited" : false,
      "full_text" : "Lamp lit at 16:02. I still say it out loud every evening, to nobody. Habit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "148", "163" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "163" ],
      "favorite_count" : "2",
      "id_str" : "937040618373695186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "937040618373695186",
      "created_at" : "Sat Dec 02 19:27:47 +0000 2017",
      "favorited" : false,
      "full_text" : "Wind NE 6, backing N. Grey skies, steady drizzle, sea the colour of slate. Gannets working the tide race off the point, plunging one after another. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "5",
      "id_str" : "932536399854496332",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "932536399854496332",
      "created_at" : "Mon Nov 20 09:09:38 +0000 2017",
      "favorited" : false,
      "full_text" : "Cleaned the telescope mirror today. Nearly as satisfying as cleaning the lens, and much smaller.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "6",
      "id_str" : "931784697513115729",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "931784697513115729",
      "created_at" : "Sat Nov 18 07:22:38 +0000 2017",
      "favorited" : false,
      "full_text" : "Fulmars on the cliff path. Lovely to look at. Do not get close. They spit oil. I have learned this the hard way, twice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "8",
      "id_str" : "926767223205734444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "926767223205734444",
      "created_at" : "Sat Nov 04 11:04:59 +0000 2017",
      "favorited" : false,
      "full_text" : "Zodiacal light in the west after dusk, a faint cone of glow on the darkest nights of spring. Sunlight on dust. Best thing I've seen all month.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "107", "116" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "14",
      "id_str" : "925855115204002027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "925855115204002027",
      "created_at" : "Wed Nov 01 22:40:35 +0000 2017",
      "favorited" : false,
      "full_text" : "Lunar eclipse tonight, the moon turning copper over the sea. The whole island silent except for the waves. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "134", "149" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "149" ],
      "favorite_count" : "1",
      "id_str" : "923251762198310304",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "923251762198310304",
      "created_at" : "Wed Oct 25 18:15:47 +0000 2017",
      "favorited" : false,
      "full_text" : "18:15. Wind E 6. Grey skies, steady drizzle, sea the colour of slate. Seals hauled out on the skerry, watching the weather like I am. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "922299004855810214",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "922358645298325886",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "922358645298325886",
      "in_reply_to_status_id" : "922299004855810214",
      "created_at" : "Mon Oct 23 07:06:52 +0000 2017",
      "favorited" : false,
      "full_text" : "@puffin_count Eider crèche count this morning: twenty-three ducklings, five adults, one very tired aunt.",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "6",
      "id_str" : "921828273162627918",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "921828273162627918",
      "created_at" : "Sat Oct 21 19:59:21 +0000 2017",
      "favorited" : false,
      "full_text" : "Today's achievement: I finally fixed the drip in the kitchen tap. It had been dripping since the day I arrived. The silence is eerie.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "144" ],
      "favorite_count" : "1",
      "id_str" : "919864047178925660",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "919864047178925660",
      "created_at" : "Mon Oct 16 09:54:13 +0000 2017",
      "favorited" : false,
      "full_text" : "Puffling season. Found one on the path at dusk, lost, heading towards the light instead of the sea. Carried it down to the water in a tea towel.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "142" ],
      "favorite_count" : "6",
      "id_str" : "916596586031058425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "916596586031058425",
      "created_at" : "Sat Oct 07 09:30:30 +0000 2017",
      "favorited" : false,
      "full_text" : "09:30. Wind SE 4, backing E. Sunshine and scudding cloud, shadows racing over the water. Lens cleaned and the log written up before breakfast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "2",
      "id_str" : "915595244706637160",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "915595244706637160",
      "created_at" : "Wed Oct 04 15:11:31 +0000 2017",
      "favorited" : false,
      "full_text" : "A man rowed over from the mainland just to buy a loaf. I don't sell bread. I gave him one anyway. He rowed back very pleased.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "1",
      "id_str" : "913832167203292827",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "913832167203292827",
      "created_at" : "Fri Sep 29 18:25:41 +0000 2017",
      "favorited" : false,
      "full_text" : "Put fresh flowers on the kitchen table: thrift and sea campion from the cliff top, in a jam jar. Fancy.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "11",
      "id_str" : "911852893839895476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "911852893839895476",
      "created_at" : "Sun Sep 24 07:20:45 +0000 2017",
      "favorited" : false,
      "full_text" : "07:20. Wind E 8. Sea white from here to the mainland. Oiled the rotation gear and swept the lamp room stairs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "133", "148" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "148" ],
      "favorite_count" : "2",
      "id_str" : "910570229682316174",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "910570229682316174",
      "created_at" : "Wed Sep 20 18:23:54 +0000 2017",
      "favorited" : false,
      "full_text" : "18:23. Wind NE 3. Soft haze over the water, the mainland just a pencil line. Bread proving by the stove while I check the batteries. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "1",
      "id_str" : "906160799316094808",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "906160799316094808",
      "created_at" : "Fri Sep 08 14:22:24 +0000 2017",
      "favorited" : false,
      "full_text" : "A researcher came to count the seals. She counted 143. I have been saying 'about a hundred' for years. I stand corrected.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/photos/sunset",
            "expanded_url" : "https://example.org/photos/sunset",
            "display_url" : "example.org/photos/sunset",
            "indices" : [ "6", "39" ]
          }
        ]
      },
      "display_text_range" : [ "0", "39" ],
      "favorite_count" : "2",
      "id_str" : "902076766177699438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "902076766177699438",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 28 07:53:55 +0000 2017",
      "favorited" : false,
      "full_text" : "Home. https://example.org/photos/sunset",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "84" ],
      "favorite_count" : "3",
      "id_str" : "900662481561608375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "900662481561608375",
      "created_at" : "Thu Aug 24 10:14:03 +0000 2017",
      "favorited" : false,
      "full_text" : "Greased the gearing today and got more grease on myself than on the gears. Standard.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "11",
      "id_str" : "900238312235493584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "900238312235493584",
      "created_at" : "Wed Aug 23 06:08:33 +0000 2017",
      "favorited" : false,
      "full_text" : "The lens throws the beam twenty-two nautical miles. On a clear night I like to think someone out there is glad of it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "83", "98" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "98" ],
      "favorite_count" : "11",
      "id_str" : "899356638109123526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "899356638109123526",
      "created_at" : "Sun Aug 20 19:45:06 +0000 2017",
      "favorited" : false,
      "full_text" : "Blue sky, white horses, washing dry in forty minutes. Best drying day of the year. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "5",
      "id_str" : "891430152281394775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "891430152281394775",
      "created_at" : "Sat Jul 29 22:48:04 +0000 2017",
      "favorited" : false,
      "full_text" : "Wind S 1. Long low swell, no white water anywhere. Lens cleaned and the log written up before breakfast. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "2",
      "id_str" : "890459537073319506",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "890459537073319506",
      "created_at" : "Thu Jul 27 06:31:12 +0000 2017",
      "favorited" : false,
      "full_text" : "Cheese scones, still warm, eaten on the gallery with the wind trying to take them out of my hand. The gulls watched with great interest.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "1",
      "id_str" : "889848462345076234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "889848462345076234",
      "created_at" : "Tue Jul 25 14:03:00 +0000 2017",
      "favorited" : false,
      "full_text" : "Moonrise over the sea, huge and orange, laying a road across the water right to the landing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "85" ],
      "favorite_count" : "1",
      "id_str" : "888360993131665759",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "888360993131665759",
      "created_at" : "Fri Jul 21 11:32:20 +0000 2017",
      "favorited" : false,
      "full_text" : "Dew on the telescope, dew on the notebook, dew on me. Packing up. Good night, Saturn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "115" ],
      "favorite_count" : "2",
      "id_str" : "887805448572241513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "887805448572241513",
      "created_at" : "Wed Jul 19 22:44:48 +0000 2017",
      "favorited" : false,
      "full_text" : "Tonight's sky was so clear I could see stars right down to the sea. It felt like standing on the edge of something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "84" ],
      "favorite_count" : "11",
      "id_str" : "884753586881727535",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "884753586881727535",
      "created_at" : "Tue Jul 11 12:37:47 +0000 2017",
      "favorited" : false,
      "full_text" : "Rain so fine it doesn't fall, it just hangs about and waits for you to walk into it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "14",
      "id_str" : "879601599787081298",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "879601599787081298",
      "created_at" : "Tue Jun 27 07:25:38 +0000 2017",
      "favorited" : false,
      "full_text" : "Wind dropped completely at sunset. Heard a fishing boat's engine from three miles off, clear as if it were in the kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "4",
      "id_str" : "865244401916680374",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "865244401916680374",
      "created_at" : "Thu May 18 16:35:15 +0000 2017",
      "favorited" : false,
      "full_text" : "Today's loaf: crackly crust, open crumb, slightly lopsided. A bit like me. Quite pleased with both.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "863243626718856022",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "863297733484321789",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "863297733484321789",
      "in_reply_to_status_id" : "863243626718856022",
      "created_at" : "Sat May 13 07:39:53 +0000 2017",
      "favorited" : false,
      "full_text" : "@breadnerd_ana I tried your tip with the steam tray and the crust was perfect. I owe you a jar of bramble jam.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "3", "20" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "0",
      "id_str" : "862001047064481860",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "862001047064481860",
      "created_at" : "Tue May 09 17:47:19 +0000 2017",
      "favorited" : false,
      "full_text" : "RT @harbourmaster_jo: Stunning aurora over the harbour last night. Did anyone out on the islands catch it?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "11",
      "id_str" : "857292128910853172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "857292128910853172",
      "created_at" : "Wed Apr 26 17:55:45 +0000 2017",
      "favorited" : false,
      "full_text" : "Still, grey, quiet. The kind of day that is neither good nor bad, just long. Fine by me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "86" ],
      "favorite_count" : "11",
      "id_str" : "857140143788788408",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "857140143788788408",
      "created_at" : "Wed Apr 26 07:51:49 +0000 2017",
      "favorited" : false,
      "full_text" : "Started a field guide to seaweeds. Did not expect to find it gripping. It is gripping.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "8",
      "id_str" : "854606965970077438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "854606965970077438",
      "created_at" : "Wed Apr 19 08:05:53 +0000 2017",
      "favorited" : false,
      "full_text" : "A swell running in from somewhere far away with no wind behind it. Long, slow, polite waves. Someone else's storm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "150" ],
      "favorite_count" : "4",
      "id_str" : "851943502446840032",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "851943502446840032",
      "created_at" : "Tue Apr 11 23:42:13 +0000 2017",
      "favorited" : false,
      "full_text" : "The light's character is printed on every chart of this coast: two white flashes every fifteen seconds. A bit like having your name in the dictionary.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "11",
      "id_str" : "850592133349514779",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "850592133349514779",
      "created_at" : "Sat Apr 08 06:12:22 +0000 2017",
      "favorited" : false,
      "full_text" : "The rotation motor is making a new noise. Not a bad noise. A thoughtful noise. I'll keep an ear on it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "6",
      "id_str" : "836893697998433290",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "836893697998433290",
      "created_at" : "Wed Mar 01 10:59:40 +0000 2017",
      "favorited" : false,
      "full_text" : "A peregrine sat on the lantern roof for an hour this afternoon, surveying her kingdom. I didn't argue.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "3",
      "id_str" : "834859389068252159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "834859389068252159",
      "created_at" : "Thu Feb 23 20:16:03 +0000 2017",
      "favorited" : false,
      "full_text" : "Wind N 1. Mist lying in the hollows of the island, sun above it. Oiled the rotation gear and swept the lamp room stairs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "1",
      "id_str" : "833564546055272888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "833564546055272888",
      "created_at" : "Mon Feb 20 06:30:49 +0000 2017",
      "favorited" : false,
      "full_text" : "Logbook, 23:00: wind SW 5, vis good, light exhibited, all well. Also: the cat sat on the logbook. Not officially recorded.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "72", "80" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "80" ],
      "favorite_count" : "5",
      "id_str" : "833068208983087734",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "833068208983087734",
      "created_at" : "Sat Feb 18 21:38:33 +0000 2017",
      "favorited" : false,
      "full_text" : "Wind N 6, snow showers. The gannets don't care. The gannets never care. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "1",
      "id_str" : "831589672599244764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "831589672599244764",
      "created_at" : "Tue Feb 14 19:43:22 +0000 2017",
      "favorited" : false,
      "full_text" : "The eider ducklings are out. A crèche of twenty, watched by four mothers and one aunt who seems to be in charge of everything.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "5",
      "id_str" : "831387755447654991",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "831387755447654991",
      "created_at" : "Tue Feb 14 06:21:01 +0000 2017",
      "favorited" : false,
      "full_text" : "The skipper threw me a newspaper from the deck, like the olden days. It was last Thursday's. I read every word.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "85" ],
      "favorite_count" : "2",
      "id_str" : "829955963440945956",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "829955963440945956",
      "created_at" : "Fri Feb 10 07:31:36 +0000 2017",
      "favorited" : false,
      "full_text" : "Dolphins in the bay this morning 🐬 A whole pod, leaping. Best commute I've never had.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "75" ],
      "favorite_count" : "1",
      "id_str" : "828499177883679778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "828499177883679778",
      "created_at" : "Mon Feb 06 07:02:51 +0000 2017",
      "favorited" : false,
      "full_text" : "Autumn equinox gales right on time. The sea has been practising all summer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "153" ],
      "favorite_count" : "0",
      "id_str" : "819659968264739537",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "819659968264739537",
      "created_at" : "Thu Jan 12 21:38:59 +0000 2017",
      "favorited" : false,
      "full_text" : "Replaced a bulb, polished the brass, logged it, signed it. The logbook has entries in seven different handwritings going back to 1893. Mine is the worst.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "56" ],
      "favorite_count" : "5",
      "id_str" : "815106529319424605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "815106529319424605",
      "created_at" : "Sat Dec 31 08:05:15 +0000 2016",
      "favorited" : false,
      "full_text" : "November has arrived and it has brought all its luggage.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "6",
      "id_str" : "811952543289026685",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "811952543289026685",
      "created_at" : "Thu Dec 22 15:12:26 +0000 2016",
      "favorited" : false,
      "full_text" : "Kneading is ten minutes of punching something that can't punch back. Very good for the soul in February.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "149" ],
      "favorite_count" : "3",
      "id_str" : "809025831480863848",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "809025831480863848",
      "created_at" : "Wed Dec 14 13:22:43 +0000 2016",
      "favorited" : false,
      "full_text" : "13:22. Wind NE 9. Heavy seas, the landing closed, everything lashed down. Lens cleaned and the log written up before breakfast. All well, all lashed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "2",
      "id_str" : "802593663652536922",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "802593663652536922",
      "created_at" : "Sat Nov 26 19:23:35 +0000 2016",
      "favorited" : false,
      "full_text" : "The winter hexagon is up: Sirius, Procyon, Pollux, Capella, Aldebaran, Rigel. I say their names like a roll call.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "141" ],
      "favorite_count" : "1",
      "id_str" : "800765078177444383",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "800765078177444383",
      "created_at" : "Mon Nov 21 18:17:26 +0000 2016",
      "favorited" : false,
      "full_text" : "18:17. Wind S 7. Heavy seas, the landing closed, everything lashed down. Checked the fog signal and topped up the compressor oil. Staying in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "122", "130" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/birds/puffin-tally",
            "expanded_url" : "https://example.org/birds/puffin-tally",
            "display_url" : "example.org/birds/puffin-…",
            "indices" : [ "83", "121" ]
          }
        ]
      },
      "display_text_range" : [ "0", "130" ],
      "favorite_count" : "1",
      "id_str" : "798509807523085838",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "798509807523085838",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 15 12:55:48 +0000 2016",
      "favorited" : false,
      "full_text" : "Puffin tally for the season, week by week, with a graph I'm unreasonably proud of. https://example.org/birds/puffin-tally #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "101" ],
      "favorite_count" : "2",
      "id_str" : "797888609816697230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "797888609816697230",
      "created_at" : "Sun Nov 13 19:47:23 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind W 3. Sea like hammered pewter. The kind of morning that makes you forgive the whole of February.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "129" ],
      "favorite_count" : "6",
      "id_str" : "792260228943181681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "792260228943181681",
      "created_at" : "Sat Oct 29 07:02:12 +0000 2016",
      "favorited" : false,
      "full_text" : "Noctilucent clouds at midnight, silver-blue ripples glowing long after the sun's gone. Summer's one consolation for short nights.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "143" ],
      "favorite_count" : "8",
      "id_str" : "791355419696472123",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "791355419696472123",
      "created_at" : "Wed Oct 26 19:06:49 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind SW 9, backing S. Low cloud racing over the tower, the gulls all grounded. The lamp went on at dusk without a murmur. All well, all lashed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "101" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "787060458550409341",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "787064230863414873",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "787064230863414873",
      "in_reply_to_status_id" : "787060458550409341",
      "created_at" : "Fri Oct 14 22:55:10 +0000 2016",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Swell's still big on this side. The landing's a no from me until Thursday at least.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "132" ],
      "favorite_count" : "6",
      "id_str" : "781118578063770006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "781118578063770006",
      "created_at" : "Wed Sep 28 13:09:16 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind E 4. Cold and clear, a short steep sea on the ebb. Checked the fog signal and topped up the compressor oil. No complaints here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "90", "99" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "1",
      "id_str" : "775055053555499264",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "775055053555499264",
      "created_at" : "Sun Sep 11 19:34:59 +0000 2016",
      "favorited" : false,
      "full_text" : "Mars and Saturn close together this week. Two old lights side by side, taking their time. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "8" ],
      "favorite_count" : "3",
      "id_str" : "770518766351658863",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "770518766351658863",
      "created_at" : "Tue Aug 30 07:09:24 +0000 2016",
      "favorited" : false,
      "full_text" : "Eider! 🦆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "2",
      "id_str" : "769089571934455239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "769089571934455239",
      "created_at" : "Fri Aug 26 08:30:17 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind NE 6, veering E. Sunshine and scudding cloud, shadows racing over the water. Darned two socks and a glove by the stove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "14",
      "id_str" : "768716542056400981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "768716542056400981",
      "created_at" : "Thu Aug 25 07:48:00 +0000 2016",
      "favorited" : false,
      "full_text" : "Perseids peaking. Lay on the grass by the wall under a blanket and counted thirty-one in an hour. Two left smoke trails.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "147" ],
      "favorite_count" : "8",
      "id_str" : "767828767958769877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "767828767958769877",
      "created_at" : "Mon Aug 22 21:00:18 +0000 2016",
      "favorited" : false,
      "full_text" : "21:00. Wind NE 1. Bright and still, the kind of quiet where you can hear the seals breathing. Barometer the cat is supervising from the windowsill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "131" ],
      "favorite_count" : "4",
      "id_str" : "767389214743202565",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "767389214743202565",
      "created_at" : "Sun Aug 21 15:53:40 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind SE 8. Heavy seas, the landing closed, everything lashed down. Darned two socks and a glove by the stove. All well, all lashed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "178", "193" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "193" ],
      "favorite_count" : "14",
      "id_str" : "766548823767124696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "766548823767124696",
      "created_at" : "Fri Aug 19 08:14:16 +0000 2016",
      "favorited" : false,
      "full_text" : "08:14. Wind S 1, veering SW. Bright and still, the kind of quiet where you can hear the seals breathing. Gannets working the tide race off the point, plunging one after another. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "3",
      "id_str" : "764733404161539994",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "764733404161539994",
      "created_at" : "Sun Aug 14 08:00:26 +0000 2016",
      "favorited" : false,
      "full_text" : "Purple sandpipers on the rocks at low tide. Not purple. Nobody has ever explained this to my satisfaction.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "2",
      "id_str" : "763640027769405361",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "763640027769405361",
      "created_at" : "Thu Aug 11 07:35:45 +0000 2016",
      "favorited" : false,
      "full_text" : "Heard a curlew calling over the marsh on the mainland side. The loneliest sound there is, and I love it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "3", "20" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "0",
      "id_str" : "762751825692865079",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "762751825692865079",
      "created_at" : "Mon Aug 08 20:46:21 +0000 2016",
      "favorited" : false,
      "full_text" : "RT @harbourmaster_jo: Pier repairs finished ahead of schedule. Thank you all for your patience and your cakes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "2",
      "id_str" : "761103888847650523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "761103888847650523",
      "created_at" : "Thu Aug 04 07:38:02 +0000 2016",
      "favorited" : false,
      "full_text" : "Watching the boat come across the sound, rising and dropping in the swell, takes about forty minutes. Best forty minutes of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "99", "107" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "5",
      "id_str" : "760713369745117364",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "760713369745117364",
      "created_at" : "Wed Aug 03 05:46:15 +0000 2016",
      "favorited" : false,
      "full_text" : "Three common scoters, a red-throated diver and a very confused pigeon. Mixed day on the sea watch. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "76" ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "759986107321123933",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "760011524979433967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "760011524979433967",
      "in_reply_to_status_id" : "759986107321123933",
      "created_at" : "Mon Aug 01 07:17:22 +0000 2016",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Happy birthday! Raising a mug of tea to you from the rock.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "2",
      "id_str" : "760008623324372121",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "760008623324372121",
      "created_at" : "Mon Aug 01 07:05:50 +0000 2016",
      "favorited" : false,
      "full_text" : "A pot of soup on the back of the stove all day, topped up with whatever turns up. It's less a recipe than a relationship.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "72", "80" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "80" ],
      "favorite_count" : "11",
      "id_str" : "758761420116155706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "758761420116155706",
      "created_at" : "Thu Jul 28 20:29:54 +0000 2016",
      "favorited" : false,
      "full_text" : "First wheatear of spring on the wall by the gate. Bright as a new coin. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "124" ],
      "favorite_count" : "2",
      "id_str" : "758427138713265610",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "758427138713265610",
      "created_at" : "Wed Jul 27 22:21:35 +0000 2016",
      "favorited" : false,
      "full_text" : "22:21. Wind N 4. Cold and clear, a short steep sea on the ebb. Hung out the washing and it came back in smelling of the sea.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "114" ],
      "favorite_count" : "1",
      "id_str" : "757273251335420794",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "757273251335420794",
      "created_at" : "Sun Jul 24 17:56:27 +0000 2016",
      "favorited" : false,
      "full_text" : "17:56. Wind NW 3. Barely a breath of wind and the sea like oiled glass. Darned two socks and a glove by the stove.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "8",
      "id_str" : "755897036828644028",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "755897036828644028",
      "created_at" : "Wed Jul 20 22:47:52 +0000 2016",
      "favorited" : false,
      "full_text" : "The first properly warm day. Sat on the step with my tea and let a fly walk across my wrist. Didn't have the heart to object.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "113" ],
      "favorite_count" : "6",
      "id_str" : "755286266880940235",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "755286266880940235",
      "created_at" : "Tue Jul 19 06:20:53 +0000 2016",
      "favorited" : false,
      "full_text" : "Sunday: no maintenance except what must be done, a long walk, a big lunch, a book by the stove. Keeper's sabbath.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "69" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "744383229209783537",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "744432554447126907",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "744432554447126907",
      "in_reply_to_status_id" : "744383229209783537",
      "created_at" : "Sun Jun 19 07:32:06 +0000 2016",
      "favorited" : false,
      "full_text" : "@the_supply_boat Lemons, not melons. Although the melons were lovely.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "3",
      "id_str" : "741961973574087800",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "741961973574087800",
      "created_at" : "Sun Jun 12 11:54:54 +0000 2016",
      "favorited" : false,
      "full_text" : "Barley and mutton broth, from a recipe a keeper's wife wrote in pencil on the inside of the pantry door in the 1930s.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "3",
      "id_str" : "741595082380178001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "741595082380178001",
      "created_at" : "Sat Jun 11 11:37:00 +0000 2016",
      "favorited" : false,
      "full_text" : "A ship called up tonight just to say the light was looking well. I nearly cried into the radio.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "0", "13" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "18" ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "739205142775376419",
      "in_reply_to_user_id" : "900000000000000012",
      "id_str" : "739219487313829361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "739219487313829361",
      "in_reply_to_status_id" : "739205142775376419",
      "created_at" : "Sat Jun 04 22:17:14 +0000 2016",
      "favorited" : false,
      "full_text" : "@puffin_count Yes!",
      "lang" : "en",
      "in_reply_to_screen_name" : "puffin_count",
      "in_reply_to_user_id_str" : "900000000000000012"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "3",
      "id_str" : "728858111478572635",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "728858111478572635",
      "created_at" : "Sat May 07 08:04:49 +0000 2016",
      "favorited" : false,
      "full_text" : "Sun dogs either side of the low sun this afternoon, two bright smudges of rainbow. Usually means weather coming. It came.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "120" ],
      "favorite_count" : "2",
      "id_str" : "723023493480477878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "723023493480477878",
      "created_at" : "Thu Apr 21 05:40:08 +0000 2016",
      "favorited" : false,
      "full_text" : "05:40. First light is coming earlier every morning now and I am not ready for it. The lamp goes off, the kettle goes on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "94" ],
      "favorite_count" : "1",
      "id_str" : "722422676272333238",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "722422676272333238",
      "created_at" : "Tue Apr 19 13:52:42 +0000 2016",
      "favorited" : false,
      "full_text" : "13:52. Wind W 8, backing SW. Sea white from here to the mainland. Coal in, ash out, kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "90" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "715832501825211008",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "715842062580039772",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "715842062580039772",
      "in_reply_to_status_id" : "715832501825211008",
      "created_at" : "Fri Apr 01 10:03:42 +0000 2016",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo It's a comet! Low in the north-west after dusk, binoculars. Go and look!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "105" ],
      "favorite_count" : "14",
      "id_str" : "715535116009897406",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "715535116009897406",
      "created_at" : "Thu Mar 31 13:44:00 +0000 2016",
      "favorited" : false,
      "full_text" : "A great northern diver in the bay, still in winter grey, sitting low in the water like a small submarine.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "126" ],
      "favorite_count" : "3",
      "id_str" : "712400289584589923",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "712400289584589923",
      "created_at" : "Tue Mar 22 22:07:19 +0000 2016",
      "favorited" : false,
      "full_text" : "22:07. Wind NW 2. Thin high cloud and a pale sun, the sea barely moving. Lens cleaned and the log written up before breakfast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "141" ],
      "favorite_count" : "0",
      "id_str" : "711616190465062515",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "711616190465062515",
      "created_at" : "Sun Mar 20 18:11:35 +0000 2016",
      "favorited" : false,
      "full_text" : "18:11. Wind S 6. Grey skies, steady drizzle, sea the colour of slate. Hung out the washing and it came back in smelling of the sea. All well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "2",
      "id_str" : "710893754865900738",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "710893754865900738",
      "created_at" : "Fri Mar 18 18:20:53 +0000 2016",
      "favorited" : false,
      "full_text" : "18:20. Wind SE 4. Cloud breaking up, the sea lively but friendly. Oiled the rotation gear and swept the lamp room stairs.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "155" ],
      "favorite_count" : "3",
      "id_str" : "709650460942272539",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "709650460942272539",
      "created_at" : "Tue Mar 15 08:00:29 +0000 2016",
      "favorited" : false,
      "full_text" : "08:00. Wind NE 7. Big breaking swell on the west side, the whole rock booming. Wrote letters for the next boat and ate the last of the oatcakes. Kettle on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "97" ],
      "favorite_count" : "8",
      "id_str" : "709617343695187755",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "709617343695187755",
      "created_at" : "Tue Mar 15 05:48:53 +0000 2016",
      "favorited" : false,
      "full_text" : "High pressure sitting on top of us for the fourth day. The sea has forgotten how to make a noise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "nightsky",
            "indices" : [ "109", "118" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "0",
      "id_str" : "706036692627197945",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "706036692627197945",
      "created_at" : "Sat Mar 05 08:40:39 +0000 2016",
      "favorited" : false,
      "full_text" : "Aurora tonight! Pale green curtains over the north, pulsing slowly. Woke the cat. The cat was not impressed. #nightsky",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "2",
      "id_str" : "704998947211078050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "704998947211078050",
      "created_at" : "Wed Mar 02 11:57:01 +0000 2016",
      "favorited" : false,
      "full_text" : "Biggest waves I've seen this winter broke clean over the north stack. Watched from a safe distance with both hands around a mug.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/photos/dawn-over-the-sound",
            "expanded_url" : "https://example.org/photos/dawn-over-the-sound",
            "display_url" : "example.org/photos/dawn-o…",
            "indices" : [ "9", "55" ]
          }
        ]
      },
      "display_text_range" : [ "0", "55" ],
      "favorite_count" : "11",
      "id_str" : "697354326849859605",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "697354326849859605",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 10 09:40:02 +0000 2016",
      "favorited" : false,
      "full_text" : "Sunrise. https://example.org/photos/dawn-over-the-sound",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "3",
      "id_str" : "693524406320536528",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "693524406320536528",
      "created_at" : "Sat Jan 30 20:01:18 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind SE 5. Moderate sea, a few white horses out past the point. Coal in, ash out, kettle on. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "88" ],
      "favorite_count" : "0",
      "id_str" : "691513866959638728",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "691513866959638728",
      "created_at" : "Mon Jan 25 06:52:08 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind SW 7. The rain is hitting the windows so hard it sounds like someone throwing rice.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "116" ],
      "favorite_count" : "11",
      "id_str" : "688838606507864284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "688838606507864284",
      "created_at" : "Sun Jan 17 21:41:36 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind S 2. Barely a breath of wind and the sea like oiled glass. Weeded the walled garden and talked to the potatoes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "94" ],
      "favorite_count" : "2",
      "id_str" : "688488755704781557",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "688488755704781557",
      "created_at" : "Sat Jan 16 22:31:25 +0000 2016",
      "favorited" : false,
      "full_text" : "Wind SW 4, backing S. Mild, damp, and the whole island smells of wet seaweed. Not complaining.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "103" ],
      "favorite_count" : "14",
      "id_str" : "684449170638410793",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "684449170638410793",
      "created_at" : "Tue Jan 05 18:59:33 +0000 2016",
      "favorited" : false,
      "full_text" : "The supply list this week is mostly flour, butter and lamp polish, which I think sums up my whole life.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "6",
      "id_str" : "679072974018194451",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "679072974018194451",
      "created_at" : "Mon Dec 21 22:56:28 +0000 2015",
      "favorited" : false,
      "full_text" : "The radio played a song I haven't heard since I was twelve and I danced around the kitchen with a tea towel. Nobody saw. The cat saw.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "4",
      "id_str" : "677260443531359458",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "677260443531359458",
      "created_at" : "Wed Dec 16 22:54:07 +0000 2015",
      "favorited" : false,
      "full_text" : "The swifts came through on their way south, screaming round the tower at dusk. Three days and they were gone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "78" ],
      "favorite_count" : "11",
      "id_str" : "669230949298486692",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "669230949298486692",
      "created_at" : "Tue Nov 24 19:07:46 +0000 2015",
      "favorited" : false,
      "full_text" : "They forgot the coffee. I am calm. I am very calm. I have some tea. I am calm.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "102" ],
      "favorite_count" : "8",
      "id_str" : "665983016797873962",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "665983016797873962",
      "created_at" : "Sun Nov 15 20:01:39 +0000 2015",
      "favorited" : false,
      "full_text" : "A waterspout out to the south-west, thin as a thread, gone in two minutes. Logged it with a shaky pen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "119", "127" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "127" ],
      "favorite_count" : "3",
      "id_str" : "661995542273917965",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "661995542273917965",
      "created_at" : "Wed Nov 04 19:56:51 +0000 2015",
      "favorited" : false,
      "full_text" : "Gannets heading north in a long line just above the waves, dozens and dozens. Where are you all going in such a hurry? #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "107" ],
      "favorite_count" : "5",
      "id_str" : "661799911597473428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "661799911597473428",
      "created_at" : "Wed Nov 04 06:59:29 +0000 2015",
      "favorited" : false,
      "full_text" : "The boat brought a new kettle, and not a moment too soon. The old one had started whistling in a minor key.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "1",
      "id_str" : "661070409327438069",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "661070409327438069",
      "created_at" : "Mon Nov 02 06:40:42 +0000 2015",
      "favorited" : false,
      "full_text" : "Starlings murmuring over the harbour on the mainland side at sunset. From here it looks like smoke with a mind of its own.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "4",
      "id_str" : "658770730990607653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "658770730990607653",
      "created_at" : "Mon Oct 26 22:22:36 +0000 2015",
      "favorited" : false,
      "full_text" : "Saw the space station pass over, bright and steady, then fade into Earth's shadow halfway across. Waved. Felt silly. Waved again anyway.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "654347177148599919",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "654395241392007804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "654395241392007804",
      "in_reply_to_status_id" : "654347177148599919",
      "created_at" : "Wed Oct 14 20:35:58 +0000 2015",
      "favorited" : false,
      "full_text" : "@breadnerd_ana Seaweed focaccia, attempt two: better. Less seaweed, more rosemary. Recipe to follow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "120", "128" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "1",
      "id_str" : "654389064483396286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "654389064483396286",
      "created_at" : "Wed Oct 14 20:11:25 +0000 2015",
      "favorited" : false,
      "full_text" : "The kittiwakes are nesting on the ledge below the gallery again. Their name is the sound they make, all day, all night. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "5" ],
      "favorite_count" : "5",
      "id_str" : "653098746068478303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "653098746068478303",
      "created_at" : "Sun Oct 11 06:44:09 +0000 2015",
      "favorited" : false,
      "full_text" : "Gale.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "119" ],
      "favorite_count" : "5",
      "id_str" : "652838430571830450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "652838430571830450",
      "created_at" : "Sat Oct 10 13:29:45 +0000 2015",
      "favorited" : false,
      "full_text" : "Wind NW 6. The sea has that grey-green look it gets before it changes its mind. Tying down everything that can be tied.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Island Puffin Count",
            "screen_name" : "puffin_count",
            "indices" : [ "3", "16" ],
            "id_str" : "900000000000000012",
            "id" : "900000000000000012"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "132" ],
      "favorite_count" : "0",
      "id_str" : "644442669974695614",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "644442669974695614",
      "created_at" : "Thu Sep 17 09:28:00 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @puffin_count: If you find a puffling on a path at night, put it in a box, keep it quiet and release it at the shore in daylight.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "1",
      "id_str" : "642263125597771240",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "642263125597771240",
      "created_at" : "Fri Sep 11 09:07:16 +0000 2015",
      "favorited" : false,
      "full_text" : "09:07. Wind SE 7, veering S. Rough sea, spray over the landing every few minutes. Kneaded the week's dough with the radio on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "91", "106" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "5",
      "id_str" : "641854688205690899",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "641854688205690899",
      "created_at" : "Thu Sep 10 06:04:17 +0000 2015",
      "favorited" : false,
      "full_text" : "The barometer dropped nine millibars since lunch. I tapped it, as if that has ever helped. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "3", "20" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "108" ],
      "favorite_count" : "0",
      "id_str" : "641661082035122911",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "641661082035122911",
      "created_at" : "Wed Sep 09 17:14:58 +0000 2015",
      "favorited" : false,
      "full_text" : "RT @harbourmaster_jo: Lost: one red dinghy, answers to nothing, last seen drifting east. Finder gets a pint.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "3",
      "id_str" : "638087276602108527",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "638087276602108527",
      "created_at" : "Sun Aug 30 20:33:56 +0000 2015",
      "favorited" : false,
      "full_text" : "Mars is very red this month and very bright. It looks like an ember someone dropped in the sky.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "105" ],
      "favorite_count" : "11",
      "id_str" : "634759124423029947",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "634759124423029947",
      "created_at" : "Fri Aug 21 16:09:03 +0000 2015",
      "favorited" : false,
      "full_text" : "Eider ducks in the bay making that noise they make, a sort of scandalised 'ooOOoo'. Like gossiping aunts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "72" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "632885773274973211",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "632913958541356291",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "632913958541356291",
      "in_reply_to_status_id" : "632885773274973211",
      "created_at" : "Sun Aug 16 13:57:01 +0000 2015",
      "favorited" : false,
      "full_text" : "@breadnerd_ana The cat got into the flour again. Starting over tomorrow.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "3",
      "id_str" : "632157981280044509",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "632157981280044509",
      "created_at" : "Fri Aug 14 11:53:02 +0000 2015",
      "favorited" : false,
      "full_text" : "The old clockwork that turned the lens before the motor is still up there, all brass and patience. I wind it once a month so it remembers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "122" ],
      "favorite_count" : "2",
      "id_str" : "630627637795716275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "630627637795716275",
      "created_at" : "Mon Aug 10 06:32:00 +0000 2015",
      "favorited" : false,
      "full_text" : "Wind S 2. So warm I took my tea up to the gallery in shirt sleeves. Then a cloud came over and I went back for the jumper.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "87" ],
      "favorite_count" : "5",
      "id_str" : "630079263837221211",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "630079263837221211",
      "created_at" : "Sat Aug 08 18:12:57 +0000 2015",
      "favorited" : false,
      "full_text" : "Cloud for eleven nights running. The telescope has started to look at me reproachfully.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "11",
      "id_str" : "629694410678986493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "629694410678986493",
      "created_at" : "Fri Aug 07 16:43:41 +0000 2015",
      "favorited" : false,
      "full_text" : "Found a piece of sea glass the exact blue of the lamp room door. Put it on the windowsill with the others. Forty-two now.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "117" ],
      "favorite_count" : "11",
      "id_str" : "624687956432134126",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "624687956432134126",
      "created_at" : "Fri Jul 24 21:09:49 +0000 2015",
      "favorited" : false,
      "full_text" : "Wind N 5. Sleet sideways. Hung the washing out anyway out of sheer optimism and brought it back in colder and wetter.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "121" ],
      "favorite_count" : "0",
      "id_str" : "622995745137051141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "622995745137051141",
      "created_at" : "Mon Jul 20 05:05:34 +0000 2015",
      "favorited" : false,
      "full_text" : "The tide left a tree on the beach. A whole tree, roots and all. Nobody on this island has seen a tree that size in years.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "9" ],
      "favorite_count" : "8",
      "id_str" : "622905680463750874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "622905680463750874",
      "created_at" : "Sun Jul 19 23:07:41 +0000 2015",
      "favorited" : false,
      "full_text" : "Lamp lit.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "128" ],
      "favorite_count" : "11",
      "id_str" : "616877032975454335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "616877032975454335",
      "created_at" : "Fri Jul 03 07:52:00 +0000 2015",
      "favorited" : false,
      "full_text" : "07:52. Wind W 3. Sea flat calm, not a ripple to the horizon. Two eider drakes in the bay, bickering quietly. No complaints here.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "54" ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "611608345249054484",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "611663207438402503",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "611663207438402503",
      "in_reply_to_status_id" : "611608345249054484",
      "created_at" : "Thu Jun 18 22:34:07 +0000 2015",
      "favorited" : false,
      "full_text" : "@the_supply_boat No rush, no rush. The sea's the boss.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "89" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "601121181127815104",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "601143829797246149",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "601143829797246149",
      "in_reply_to_status_id" : "601121181127815104",
      "created_at" : "Wed May 20 21:53:52 +0000 2015",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo If the pier floods again I'll row the post over myself. Joking. Mostly.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "95" ],
      "favorite_count" : "4",
      "id_str" : "592223170334684296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "592223170334684296",
      "created_at" : "Sun Apr 26 07:06:21 +0000 2015",
      "favorited" : false,
      "full_text" : "Tried a recipe from a book that said 'leave somewhere warm'. There is nowhere warm. It's March.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "birding",
            "indices" : [ "140", "148" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "148" ],
      "favorite_count" : "2",
      "id_str" : "584737557662870157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "584737557662870157",
      "created_at" : "Sun Apr 05 15:21:12 +0000 2015",
      "favorited" : false,
      "full_text" : "A white-tailed eagle went over the island this afternoon, huge and unhurried, like a flying door. Every gull on the rock went up screaming. #birding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "5",
      "id_str" : "577226050930993830",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "577226050930993830",
      "created_at" : "Sun Mar 15 21:53:09 +0000 2015",
      "favorited" : false,
      "full_text" : "The engineers brought their apprentice, who climbed the tower twice just for the view. I liked her immediately.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "1",
      "id_str" : "577224906375628765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "577224906375628765",
      "created_at" : "Sun Mar 15 21:48:36 +0000 2015",
      "favorited" : false,
      "full_text" : "Reading Moby-Dick again. Every winter I think I'll skip the whale chapters and every winter I don't.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "25" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "574993560056730028",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "575044144331122311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "575044144331122311",
      "in_reply_to_status_id" : "574993560056730028",
      "created_at" : "Mon Mar 09 21:23:02 +0000 2015",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Thanks!",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "160" ],
      "favorite_count" : "2",
      "id_str" : "569791057341199202",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "569791057341199202",
      "created_at" : "Mon Feb 23 09:29:08 +0000 2015",
      "favorited" : false,
      "full_text" : "09:29. Wind SE 2, backing E. Bright and still, the kind of quiet where you can hear the seals breathing. Bread proving by the stove while I check the batteries.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "135" ],
      "favorite_count" : "11",
      "id_str" : "566626908344334138",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "566626908344334138",
      "created_at" : "Sat Feb 14 15:55:57 +0000 2015",
      "favorited" : false,
      "full_text" : "A man proposed to his partner on the gallery this afternoon. She said yes. The gannets dived in celebration, or for fish, hard to tell.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "99" ],
      "favorite_count" : "4",
      "id_str" : "563312837027746038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "563312837027746038",
      "created_at" : "Thu Feb 05 12:27:00 +0000 2015",
      "favorited" : false,
      "full_text" : "Barometer brought me a mouse at 4am as a gift. I thanked him as warmly as anyone can manage at 4am.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "1",
      "id_str" : "561133547426174214",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "561133547426174214",
      "created_at" : "Fri Jan 30 12:07:17 +0000 2015",
      "favorited" : false,
      "full_text" : "Tonight the beam was catching the rain so every sweep looked like a silver broom across the sky.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "1",
      "id_str" : "559647583225176765",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "559647583225176765",
      "created_at" : "Mon Jan 26 09:42:36 +0000 2015",
      "favorited" : false,
      "full_text" : "Wind W 8, backing SW. Heavy seas, the landing closed, everything lashed down. Soup on, cat asleep, logbook up to date.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "133" ],
      "favorite_count" : "3",
      "id_str" : "558698349582251448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "558698349582251448",
      "created_at" : "Fri Jan 23 18:50:41 +0000 2015",
      "favorited" : false,
      "full_text" : "Wind W 6. Sunshine and scudding cloud, shadows racing over the water. Barometer the cat is supervising from the windowsill. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "69" ],
      "favorite_count" : "2",
      "id_str" : "558512562683765570",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "558512562683765570",
      "created_at" : "Fri Jan 23 06:32:26 +0000 2015",
      "favorited" : false,
      "full_text" : "Aurora forecast says maybe. The sky says cloud. The sky usually wins.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "132" ],
      "favorite_count" : "1",
      "id_str" : "552389616255960406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "552389616255960406",
      "created_at" : "Tue Jan 06 09:02:02 +0000 2015",
      "favorited" : false,
      "full_text" : "09:02. Wind NE 8. Big breaking swell on the west side, the whole rock booming. Barometer the cat is supervising from the windowsill.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://example.org/archive/keepers-diary-1902",
            "expanded_url" : "https://example.org/archive/keepers-diary-1902",
            "display_url" : "example.org/archive/keepe…",
            "indices" : [ "83", "129" ]
          }
        ]
      },
      "display_text_range" : [ "0", "129" ],
      "favorite_count" : "0",
      "id_str" : "551641912489381072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "551641912489381072",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jan 04 07:30:55 +0000 2015",
      "favorited" : false,
      "full_text" : "A page from the 1902 keeper's diary, transcribed. He had opinions about gulls too. https://example.org/archive/keepers-diary-1902",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "141" ],
      "favorite_count" : "14",
      "id_str" : "549174139904689659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "549174139904689659",
      "created_at" : "Sun Dec 28 12:04:52 +0000 2014",
      "favorited" : false,
      "full_text" : "The gannets are diving off the west point, folding up like paper darts and hitting the sea at full tilt. I could watch them for hours. I did.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "2",
      "id_str" : "547290491858126181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "547290491858126181",
      "created_at" : "Tue Dec 23 07:19:56 +0000 2014",
      "favorited" : false,
      "full_text" : "Jupiter rising out of the sea, so bright it made its own path on the water like a tiny moon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "5",
      "id_str" : "547008566816245282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "547008566816245282",
      "created_at" : "Mon Dec 22 12:39:39 +0000 2014",
      "favorited" : false,
      "full_text" : "The brass gleams after a good polish. Nobody sees it but me and the moths. The moths are very impressed.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ana bakes",
            "screen_name" : "breadnerd_ana",
            "indices" : [ "0", "14" ],
            "id_str" : "900000000000000013",
            "id" : "900000000000000013"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "110" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "542895652604560953",
      "in_reply_to_user_id" : "900000000000000013",
      "id_str" : "542928367432687063",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "542928367432687063",
      "in_reply_to_status_id" : "542895652604560953",
      "created_at" : "Thu Dec 11 06:26:24 +0000 2014",
      "favorited" : false,
      "full_text" : "@breadnerd_ana I don't weigh anything. I go by feel and by the weather. Which might explain the doorstop loaf.",
      "lang" : "en",
      "in_reply_to_screen_name" : "breadnerd_ana",
      "in_reply_to_user_id_str" : "900000000000000013"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "86", "101" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "101" ],
      "favorite_count" : "1",
      "id_str" : "540411496596499433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "540411496596499433",
      "created_at" : "Thu Dec 04 07:45:15 +0000 2014",
      "favorited" : false,
      "full_text" : "Small joys: dry socks, a full kettle, a cat on the windowsill, the light going round. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "106" ],
      "favorite_count" : "1",
      "id_str" : "539716161712708390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "539716161712708390",
      "created_at" : "Tue Dec 02 09:42:15 +0000 2014",
      "favorited" : false,
      "full_text" : "The forecast said 'showers, some heavy'. It did not mention that they would all be aimed at me personally.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "112" ],
      "favorite_count" : "6",
      "id_str" : "538828606449270708",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "538828606449270708",
      "created_at" : "Sat Nov 29 22:55:25 +0000 2014",
      "favorited" : false,
      "full_text" : "School group from the mainland. One child asked if the lighthouse was a giant torch. Honestly, yes, fair enough.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "125" ],
      "favorite_count" : "2",
      "id_str" : "530426667012589164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "530426667012589164",
      "created_at" : "Thu Nov 06 18:29:06 +0000 2014",
      "favorited" : false,
      "full_text" : "18:29. Wind N 6, backing NW. Cold and clear, a short steep sea on the ebb. Soup on, cat asleep, logbook up to date. Good day.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "14",
      "id_str" : "522328867529248372",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "522328867529248372",
      "created_at" : "Wed Oct 15 10:11:21 +0000 2014",
      "favorited" : false,
      "full_text" : "Heard the first cuckoo of the year from the mainland, carried over the water on the wind. Spring is official.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "1",
      "id_str" : "521431794726532679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "521431794726532679",
      "created_at" : "Sun Oct 12 22:46:42 +0000 2014",
      "favorited" : false,
      "full_text" : "A wren on the lamp room window this morning. Smallest bird, loudest voice, biggest opinions.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jo at the Harbour",
            "screen_name" : "harbourmaster_jo",
            "indices" : [ "0", "17" ],
            "id_str" : "900000000000000011",
            "id" : "900000000000000011"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "109" ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "520513256887171847",
      "in_reply_to_user_id" : "900000000000000011",
      "id_str" : "520525585843964074",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "520525585843964074",
      "in_reply_to_status_id" : "520513256887171847",
      "created_at" : "Fri Oct 10 10:45:45 +0000 2014",
      "favorited" : false,
      "full_text" : "@harbourmaster_jo Yes, I saw the yacht. They anchored in the bay, all fine, and we waved torches at midnight.",
      "lang" : "en",
      "in_reply_to_screen_name" : "harbourmaster_jo",
      "in_reply_to_user_id_str" : "900000000000000011"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "11",
      "id_str" : "520174652159010614",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "520174652159010614",
      "created_at" : "Thu Oct 09 11:31:16 +0000 2014",
      "favorited" : false,
      "full_text" : "Wind NE 4. Clear and cold. You can see the ferry from here, which usually means rain by teatime.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "3", "19" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "118" ],
      "favorite_count" : "0",
      "id_str" : "515897859492640659",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "515897859492640659",
      "created_at" : "Sat Sep 27 16:16:49 +0000 2014",
      "favorited" : false,
      "full_text" : "RT @the_supply_boat: Reminder: orders in by Tuesday noon for Thursday delivery. Yes, lighthouse, that includes coffee.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "513277589359298420",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "513319113935032854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "513319113935032854",
      "in_reply_to_status_id" : "513277589359298420",
      "created_at" : "Sat Sep 20 13:29:48 +0000 2014",
      "favorited" : false,
      "full_text" : "@the_supply_boat Thank you for the newspaper. I've read it twice, including the horoscopes and the tide tables.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "92" ],
      "favorite_count" : "8",
      "id_str" : "513231691090337672",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "513231691090337672",
      "created_at" : "Sat Sep 20 07:42:25 +0000 2014",
      "favorited" : false,
      "full_text" : "The starter survived me going to the mainland for a week. Hector is stronger than any of us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "3",
      "id_str" : "512373282786283414",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "512373282786283414",
      "created_at" : "Wed Sep 17 22:51:24 +0000 2014",
      "favorited" : false,
      "full_text" : "Boat cancelled again. The crew waved at me from the harbour through their binoculars. I waved back through mine. Very modern friendship.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "134" ],
      "favorite_count" : "2",
      "id_str" : "500337958748119181",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "500337958748119181",
      "created_at" : "Fri Aug 15 17:47:19 +0000 2014",
      "favorited" : false,
      "full_text" : "Unloading day. Everything up the steps in the barrow, including forty kilos of coal and one lettuce, which got the gentlest treatment.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "149" ],
      "favorite_count" : "0",
      "id_str" : "500184734865118436",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "500184734865118436",
      "created_at" : "Fri Aug 15 07:38:28 +0000 2014",
      "favorited" : false,
      "full_text" : "Learned the names of the Moon's seas this winter. Tranquillity, Serenity, Crises, Nectar. Sounds like the shipping forecast for a very strange coast.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "11",
      "id_str" : "500030339447841385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "500030339447841385",
      "created_at" : "Thu Aug 14 21:24:57 +0000 2014",
      "favorited" : false,
      "full_text" : "Every keeper before me scratched initials somewhere in the lamp room. Found a new one today behind the clockwork: 'A.M. 1911'. Hello, A.M.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "140" ],
      "favorite_count" : "2",
      "id_str" : "497251194291553183",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "497251194291553183",
      "created_at" : "Thu Aug 07 05:21:37 +0000 2014",
      "favorited" : false,
      "full_text" : "Low tide at dawn. Walked out to the far rocks where you can only go a few days a month. Found a crab who was having a worse morning than me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "104" ],
      "favorite_count" : "6",
      "id_str" : "496272907040324400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "496272907040324400",
      "created_at" : "Mon Aug 04 12:34:16 +0000 2014",
      "favorited" : false,
      "full_text" : "Wind SE 6. Showers marching through, bright spells between. Coal in, ash out, kettle on. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "111" ],
      "favorite_count" : "0",
      "id_str" : "492326268861313269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "492326268861313269",
      "created_at" : "Thu Jul 24 15:11:44 +0000 2014",
      "favorited" : false,
      "full_text" : "Wind N 2. Sea flat calm, not a ripple to the horizon. Spent the morning scraping rust off the gallery railings.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "78" ],
      "favorite_count" : "1",
      "id_str" : "481694628369910199",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "481694628369910199",
      "created_at" : "Wed Jun 25 07:05:23 +0000 2014",
      "favorited" : false,
      "full_text" : "Knitting a jumper the colour of a storm. It is taking as long as a storm, too.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "133", "148" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "148" ],
      "favorite_count" : "5",
      "id_str" : "479713900186364940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "479713900186364940",
      "created_at" : "Thu Jun 19 19:54:41 +0000 2014",
      "favorited" : false,
      "full_text" : "Wind W 3, veering NW. Barely a breath of wind and the sea like oiled glass. Checked the fog signal and topped up the compressor oil. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "123", "138" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "138" ],
      "favorite_count" : "1",
      "id_str" : "478456167124938829",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "478456167124938829",
      "created_at" : "Mon Jun 16 08:36:54 +0000 2014",
      "favorited" : false,
      "full_text" : "08:36. Wind W 6. Choppy in the sound, the ferry pitching a bit. Counted eleven shags drying their wings on the west rocks. #lighthouselife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "129" ],
      "favorite_count" : "1",
      "id_str" : "469948396472297332",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "469948396472297332",
      "created_at" : "Fri May 23 21:10:03 +0000 2014",
      "favorited" : false,
      "full_text" : "21:10. Wind N 2. Long low swell, no white water anywhere. Oiled the rotation gear and swept the lamp room stairs. Can't complain.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "150" ],
      "favorite_count" : "6",
      "id_str" : "466541833457626351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "466541833457626351",
      "created_at" : "Wed May 14 11:33:35 +0000 2014",
      "favorited" : false,
      "full_text" : "The island's one sheep, on loan from a crofter across the sound, escaped the field and stood on the landing all afternoon as if waiting for the ferry.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "100" ],
      "favorite_count" : "0",
      "id_str" : "463336865349377078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "463336865349377078",
      "created_at" : "Mon May 05 15:18:11 +0000 2014",
      "favorited" : false,
      "full_text" : "Poetry on night watch. Short enough to read between rounds, long enough to think about till morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "82" ],
      "favorite_count" : "1",
      "id_str" : "458887635159655755",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "458887635159655755",
      "created_at" : "Wed Apr 23 08:38:32 +0000 2014",
      "favorited" : false,
      "full_text" : "Fresh loaf out of the oven 🍞 Crackling as it cools, the best sound in any kitchen.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "80" ],
      "favorite_count" : "5",
      "id_str" : "452381306070522115",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "452381306070522115",
      "created_at" : "Sat Apr 05 09:44:42 +0000 2014",
      "favorited" : false,
      "full_text" : "Attempted croissants. Produced something. Not croissants. A delicious something.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "67" ],
      "favorite_count" : "3",
      "id_str" : "451649444253957355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "451649444253957355",
      "created_at" : "Thu Apr 03 09:16:33 +0000 2014",
      "favorited" : false,
      "full_text" : "The Plough standing on its handle tonight. That means autumn to me.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "146" ],
      "favorite_count" : "1",
      "id_str" : "448721426517533568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448721426517533568",
      "created_at" : "Wed Mar 26 07:21:39 +0000 2014",
      "favorited" : false,
      "full_text" : "07:21. Wind E 2. Soft haze over the water, the mainland just a pencil line. A pair of ravens tumbling over the north cliff, showing off. All well.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "The Supply Boat",
            "screen_name" : "the_supply_boat",
            "indices" : [ "0", "16" ],
            "id_str" : "900000000000000014",
            "id" : "900000000000000014"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [ "0", "81" ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "448136278071848087",
      "in_reply_to_user_id" : "900000000000000014",
      "id_str" : "448185100123860169",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "448185100123860169",
      "in_reply_to_status_id" : "448136278071848087",
      "created_at" : "Mon Mar 24 19:50:29 +0000 2014",
      "favorited" : false,
      "full_text" : "@the_supply_boat Saw you turn back at the point. Right call. It's wild out there.",
      "lang" : "en",
      "in_reply_to_screen_name" : "the_supply_boat",
      "in_reply_to_user_id_str" : "900000000000000014"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "lighthouselife",
            "indices" : [ "121", "136" ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [ "0", "136" ],
      "favorite_count" : "2",
      "id_str" : "440716737042922346",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "440716737042922346",
      "created_at" : "Tue Mar 04 05:13:52 +0000 2014",
      "favorited" : false,
      "full_text" : "Hello from the rock. New account, old lighthouse, one cat. I'll mostly be talking about weather, birds, bread and stars. #lighthouselife",
      "lang" : "en"
    }
  }
]
