window.YTD.tweet.part0 = [
  {
    "retweeted": false,
    "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities": {
      "hashtags": [],
      "symbols": [],
      "user_mentions": [],
      "urls": []
    },
    "display_text_range": [
      "0",
      "40"
    ],
    "favorite_count": "3",
    "id_str": "5001",
    "truncated": false,
    "retweet_count": "0",
    "id": "5001",
    "created_at": "Sat Mar 02 10:00:00 +0000 2019",
    "favorited": false,
    "full_text": "اللهم بلغنا &amp; peace &lt;3 &gt;_&lt;",
    "lang": "ar"
  },
  {
    "retweeted": false,
    "entities": {
      "user_mentions": [
        {
          "name": "Me",
          "screen_name": "me",
          "indices": [
            "0",
            "3"
          ],
          "id_str": "9",
          "id": "9"
        }
      ]
    },
    "display_text_range": [
      "4",
      "60"
    ],
    "favorite_count": "0",
    "id_str": "5002",
    "in_reply_to_status_id_str": "5001",
    "in_reply_to_status_id": "5001",
    "in_reply_to_screen_name": "me",
    "in_reply_to_user_id": "9",
    "in_reply_to_user_id_str": "9",
    "truncated": false,
    "retweet_count": "0",
    "id": "5002",
    "created_at": "Sat Mar 02 10:05:00 +0000 2019",
    "favorited": false,
    "full_text": "@me &gt; اللهم بلغنا\nmeans: O God, let us reach (it) &amp;amp; more",
    "lang": "en"
  },
  {
    "retweeted": false,
    "entities": {
      "user_mentions": [
        {
          "name": "Other",
          "screen_name": "other",
          "indices": [
            "3",
            "9"
          ],
          "id_str": "8",
          "id": "8"
        }
      ]
    },
    "display_text_range": [
      "0",
      "140"
    ],
    "favorite_count": "0",
    "id_str": "5003",
    "truncated": false,
    "retweet_count": "0",
    "id": "5003",
    "created_at": "Sat Mar 02 11:00:00 +0000 2019",
    "favorited": false,
    "full_text": "RT @other: A long translation of the prayer that goes on and on, O God let us reach the month, and more words to fill th…",
    "lang": "en"
  }
]