window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1001",
      "id": "1001",
      "full_text": "اللهم بلّغنا ديمقراطية السعودية",
      "created_at": "Wed Oct 10 20:19:24 +0000 2018",
      "favorite_count": "5",
      "retweet_count": "1",
      "lang": "ar"
    }
  },
  {
    "tweet": {
      "id_str": "1002",
      "id": "1002",
      "full_text": "@me Translation: O God, let us reach democracy",
      "in_reply_to_status_id_str": "1001",
      "in_reply_to_screen_name": "me",
      "created_at": "Wed Oct 10 21:00:00 +0000 2018",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "id_str": "1003",
      "id": "1003",
      "full_text": "@someone_else agreed",
      "in_reply_to_status_id_str": "555",
      "in_reply_to_screen_name": "someone_else",
      "created_at": "Thu Oct 11 08:00:00 +0000 2018",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en"
    }
  }
]