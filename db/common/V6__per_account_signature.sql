-- What each account keeps for itself (issue 15): the officer its «Это я» chose, the rank and name it signs
-- monthly summaries with, the folder it last saved a report in. Until now these were one setting for the whole
-- computer, so one officer's choice showed up in another's form and summary. Accounts are disabled, never
-- deleted, so the rows need no cascade.
CREATE TABLE account_setting (
    user_id       BIGINT        NOT NULL,
    setting_key   VARCHAR(100)  NOT NULL,
    setting_value VARCHAR(2000) NOT NULL,
    CONSTRAINT account_setting_pk PRIMARY KEY (user_id, setting_key)
);
